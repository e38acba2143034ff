/** The learning problems' examples on Apache Spark ({@code --engine spark}): full-batch and minibatch objectives. */
package org.stepplan.spark;

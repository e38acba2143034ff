/** The studies behind docs/planning.md ({@code stepplan study planning}) without their command line. */
package org.stepplan.experiment.study;

/** Learning problems on real data: logistic, softmax and MLP models with full-batch and minibatch objectives. */
package org.stepplan.learn;

/**
 * The optimizer protocol ({@code Optimizer}, {@code OptimizerConfig}, {@code MethodSpec}) and one class per method.
 */
package org.stepplan.optim;

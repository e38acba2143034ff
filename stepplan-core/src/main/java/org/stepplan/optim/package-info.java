/**
 * The optimizer protocol ({@code Optimizer}, {@code OptimizerConfig}), the method registry {@code Methods} and one
 * class per method.
 */
package org.stepplan.optim;

/**
 * The method registry {@code Methods}: every method of {@code org.stepplan.optim} and {@code org.stepplan.planning}
 * and those of {@code MethodProvider}s, by CLI name. It sits above both packages so that neither depends on the other
 * through it.
 */
package org.stepplan.methods;

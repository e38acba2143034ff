/**
 * Objectives, the counting {@code Oracle} through which every method evaluates them, vector kernels and typed
 * parameters.
 */
package org.stepplan.core;

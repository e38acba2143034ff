/** Test problems with known minima (quadratics, Rosenbrock, noisy quadratic, LMS tasks) and the problem registry. */
package org.stepplan.problems;

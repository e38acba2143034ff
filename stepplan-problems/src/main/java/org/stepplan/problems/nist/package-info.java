/** The NIST StRD nonlinear regression problems with their certified values. */
package org.stepplan.problems.nist;

/** The Moré-Garbow-Hillstrom test functions as least-squares problems with their published starts and minima. */
package org.stepplan.problems.mgh;

/** The run loop ({@code Minimizer}): stopping rules, monitors, listeners, trace rows, results and checkpoints. */
package org.stepplan.run;

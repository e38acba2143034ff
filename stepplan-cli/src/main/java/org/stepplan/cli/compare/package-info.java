/**
 * {@code stepplan compare}: the command line of stepplan-experiment's {@code org.stepplan.experiment.compare}.
 */
package org.stepplan.cli.compare;

/**
 * The one code path from a run's description to its result ({@link org.stepplan.experiment.RunSpec} to
 * {@link org.stepplan.experiment.Experiment}), shared by every command and the paper's reproduction; independent jobs in
 * parallel with progress, a run's JSON, and run checkpoints.
 */
package org.stepplan.experiment;

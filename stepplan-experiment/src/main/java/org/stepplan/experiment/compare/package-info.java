/**
 * What {@code stepplan compare} does without its command line: the YAML grid of settings per method
 * ({@code CompareSpec}, read through {@code YamlTree} with file:line:column errors), the best-setting rule
 * ({@code Ranking}) and the training curves of learning runs ({@code TrainingCurve}).
 */
package org.stepplan.experiment.compare;

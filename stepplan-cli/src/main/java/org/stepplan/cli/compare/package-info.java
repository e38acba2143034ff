/**
 * {@code stepplan compare}: methods against each other on one problem from a YAML or command-line spec, ranked, with
 * training curves.
 */
package org.stepplan.cli.compare;

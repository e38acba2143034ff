/**
 * The root command {@code StepplanCli} (the jar's main class): it registers every subcommand, so it sits above all of
 * their packages.
 */
package org.stepplan.cli.main;

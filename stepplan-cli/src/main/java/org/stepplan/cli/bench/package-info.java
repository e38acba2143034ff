/** {@code stepplan bench}: runs the benchmark suites and writes their CSV files, profiles and report. */
package org.stepplan.cli.bench;

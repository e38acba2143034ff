/** {@code stepplan bench}: the command line of stepplan-suite's {@code org.stepplan.suite.output.Benchmark}. */
package org.stepplan.cli.bench;

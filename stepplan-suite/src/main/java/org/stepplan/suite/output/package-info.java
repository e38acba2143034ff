/**
 * The benchmark's files, above the file-free {@code org.stepplan.suite}: {@code Benchmark} runs the jobs in parallel
 * and writes {@code results.csv} ({@code BenchCsv}), the profile and convergence charts and the report
 * ({@code BenchReportContent}).
 */
package org.stepplan.suite.output;

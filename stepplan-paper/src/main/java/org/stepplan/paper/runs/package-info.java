/**
 * The paper's runs: every run declared once ({@link org.stepplan.paper.runs.PaperRuns}), performed once and measured.
 * The bottom layer of the reproduction: it knows no figure, claim or report.
 */
package org.stepplan.paper.runs;

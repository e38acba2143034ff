/**
 * A report as one model ({@link org.stepplan.report.Document}) rendered as Markdown and as HTML, so the two always say
 * the same: the reports of {@code reproduce} and {@code bench}.
 */
package org.stepplan.report;

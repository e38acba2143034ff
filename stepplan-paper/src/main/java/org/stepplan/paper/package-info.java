/**
 * {@code stepplan reproduce}: the seed paper's experiments as runs, figures, claims with verdicts and the Markdown
 * and HTML reports.
 */
package org.stepplan.paper;

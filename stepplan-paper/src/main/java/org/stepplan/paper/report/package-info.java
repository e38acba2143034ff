/** The report of a reproduction (Markdown, HTML, claims.json). Depends on {@code figures}, {@code claims} and {@code runs}. */
package org.stepplan.paper.report;

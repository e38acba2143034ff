/** The paper's figures, drawn from finished runs. Depends on {@code runs} only. */
package org.stepplan.paper.figures;

/** The paper's checkable claims, measured on finished runs, each with a verdict by a stated rule. Depends on {@code runs} only. */
package org.stepplan.paper.claims;

/** {@code stepplan study}: parameter studies of the planning and learning methods. */
package org.stepplan.cli.study;

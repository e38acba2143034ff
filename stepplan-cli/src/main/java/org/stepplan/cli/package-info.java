/**
 * The {@code stepplan} command line (picocli): {@code run}, {@code list}, {@code data} and the shared options, JSON
 * and atomic file output.
 */
package org.stepplan.cli;

/** The benchmark as data: problem suites, entrants and their grids, jobs, setting selection, profiles and verdicts. */
package org.stepplan.suite;

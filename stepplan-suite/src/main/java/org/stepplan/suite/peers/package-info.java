/** Peer methods from Apache Commons Math 3, registered as external methods for the benchmark. */
package org.stepplan.suite.peers;

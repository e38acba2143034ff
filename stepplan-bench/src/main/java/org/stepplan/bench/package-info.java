/** JMH benchmarks: time per step, the library against hand-fused loops, copy bandwidth and time per training epoch. */
package org.stepplan.bench;

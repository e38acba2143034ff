/** The seed paper's step-size planning methods (Csawg, Csaug) and planning over any base optimizer ({@code plan}). */
package org.stepplan.planning;

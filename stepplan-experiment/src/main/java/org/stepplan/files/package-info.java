/** Output files written atomically (temporary file, then publish) and output locations checked before any work. */
package org.stepplan.files;

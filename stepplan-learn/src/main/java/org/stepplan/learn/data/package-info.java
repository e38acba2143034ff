/** Data sets from Debian packages: install with SHA-256 checks, readers, stratified splits and standardization. */
package org.stepplan.learn.data;

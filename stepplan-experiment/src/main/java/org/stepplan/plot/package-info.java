/** Charts (XChart) shared by the commands: series, palettes, contours, decimation and SVG/PNG files. */
package org.stepplan.plot;

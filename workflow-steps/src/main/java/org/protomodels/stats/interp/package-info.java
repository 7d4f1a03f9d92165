/** HistFactory interpolation codes (normsys code1/code4, histosys code0/code2/code4p) with analytic derivatives. */
package org.protomodels.stats.interp;

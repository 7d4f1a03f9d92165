package org.protomodels.stats.interp;

/** Histosys code0: piecewise linear additive delta, (hi - nom) alpha for alpha > 0, (nom - lo) alpha otherwise. */
public final class Code0 {
    private Code0() {
    }

    public static double delta(double lo, double nom, double hi, double alpha) {
        return alpha > 0 ? (hi - nom) * alpha : (nom - lo) * alpha;
    }

    /** At alpha = 0 the right-hand slope, as a forward difference (pyhf's SLSQP) sees it. */
    public static double derivative(double lo, double nom, double hi, double alpha) {
        return alpha >= 0 ? hi - nom : nom - lo;
    }
}

package org.protomodels.stats.interp;

/** Normsys code1: piecewise exponential, hi^alpha for alpha >= 0, lo^-alpha below (factors relative to nominal 1). */
public final class Code1 {
    private Code1() {
    }

    public static double factor(double lo, double hi, double alpha) {
        return alpha >= 0 ? Math.pow(hi, alpha) : Math.pow(lo, -alpha);
    }

    public static double derivative(double lo, double hi, double alpha) {
        return alpha >= 0 ? Math.pow(hi, alpha) * Math.log(hi) : -Math.pow(lo, -alpha) * Math.log(lo);
    }

    public static double secondDerivative(double lo, double hi, double alpha) {
        if (alpha >= 0) {
            double l = Math.log(hi);
            return Math.pow(hi, alpha) * l * l;
        }
        double l = Math.log(lo);
        return Math.pow(lo, -alpha) * l * l;
    }
}

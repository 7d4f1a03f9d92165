package org.protomodels.stats.interp;

/** Histosys code2: quadratic inside |alpha| <= 1, linear extrapolation outside (as pyhf). */
public final class Code2 {
    private Code2() {
    }

    public static double delta(double lo, double nom, double hi, double alpha) {
        double a = 0.5 * (hi + lo) - nom;
        double b = 0.5 * (hi - lo);
        if (alpha > 1) {
            return (b + 2 * a) * (alpha - 1) + hi - nom;
        }
        if (alpha < -1) {
            return (b - 2 * a) * (alpha + 1) + lo - nom;
        }
        return a * alpha * alpha + b * alpha;
    }

    public static double derivative(double lo, double nom, double hi, double alpha) {
        double a = 0.5 * (hi + lo) - nom;
        double b = 0.5 * (hi - lo);
        if (alpha > 1) {
            return b + 2 * a;
        }
        if (alpha < -1) {
            return b - 2 * a;
        }
        return 2 * a * alpha + b;
    }
}

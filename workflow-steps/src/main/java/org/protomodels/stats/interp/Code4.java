package org.protomodels.stats.interp;

/**
 * Normsys code4: exponential outside |alpha| >= 1 and a 6th-order polynomial inside, matching value, first and
 * second derivative at alpha = +-1 (the HistFactory/pyhf polynomial with alpha0 = 1).
 */
public final class Code4 {
    /** Inverse of the 6x6 matching system; exact multiples of 1/16. */
    private static final double[][] A_INV = {
        {15 / 16.0, -15 / 16.0, -7 / 16.0, -7 / 16.0, 1 / 16.0, -1 / 16.0},
        {3 / 2.0, 3 / 2.0, -9 / 16.0, 9 / 16.0, 1 / 16.0, 1 / 16.0},
        {-5 / 8.0, 5 / 8.0, 5 / 8.0, 5 / 8.0, -1 / 8.0, 1 / 8.0},
        {-3 / 2.0, -3 / 2.0, 7 / 8.0, -7 / 8.0, -1 / 8.0, -1 / 8.0},
        {3 / 16.0, -3 / 16.0, -3 / 16.0, -3 / 16.0, 1 / 16.0, -1 / 16.0},
        {1 / 2.0, 1 / 2.0, -5 / 16.0, 5 / 16.0, 1 / 16.0, 1 / 16.0}};

    private Code4() {
    }

    /** Polynomial coefficients a1..a6 of 1 + sum a_i alpha^i for factors lo, hi. */
    public static double[] coefficients(double lo, double hi) {
        double lnHi = Math.log(hi);
        double lnLo = Math.log(lo);
        double[] b = {hi - 1, lo - 1, lnHi * hi, -lnLo * lo, lnHi * lnHi * hi, lnLo * lnLo * lo};
        double[] a = new double[6];
        for (int i = 0; i < 6; i++) {
            double s = 0;
            for (int j = 0; j < 6; j++) {
                s += A_INV[i][j] * b[j];
            }
            a[i] = s;
        }
        return a;
    }

    /** Factor; {@code a} holds the coefficients at {@code offset}. */
    public static double factor(double lo, double hi, double[] a, int offset, double alpha) {
        if (alpha >= 1) {
            return Math.pow(hi, alpha);
        }
        if (alpha <= -1) {
            return Math.pow(lo, -alpha);
        }
        double p = a[offset + 5];
        for (int i = 4; i >= 0; i--) {
            p = p * alpha + a[offset + i];
        }
        return 1 + p * alpha;
    }

    public static double derivative(double lo, double hi, double[] a, int offset, double alpha) {
        if (alpha >= 1) {
            return Math.pow(hi, alpha) * Math.log(hi);
        }
        if (alpha <= -1) {
            return -Math.pow(lo, -alpha) * Math.log(lo);
        }
        double d = 6 * a[offset + 5];
        for (int i = 4; i >= 0; i--) {
            d = d * alpha + (i + 1) * a[offset + i];
        }
        return d;
    }

    public static double secondDerivative(double lo, double hi, double[] a, int offset, double alpha) {
        if (alpha >= 1) {
            double l = Math.log(hi);
            return Math.pow(hi, alpha) * l * l;
        }
        if (alpha <= -1) {
            double l = Math.log(lo);
            return Math.pow(lo, -alpha) * l * l;
        }
        double d = 30 * a[offset + 5];
        for (int i = 4; i >= 1; i--) {
            d = d * alpha + (i + 1) * i * a[offset + i];
        }
        return d;
    }
}

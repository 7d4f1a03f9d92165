package org.protomodels.stats.interp;

/** Naive twins of the interpolation codes, written straight from the HistFactory definitions (for cross-checks). */
final class ReferenceInterpolation {
    private ReferenceInterpolation() {
    }

    static double code1(double lo, double hi, double a) {
        return a >= 0 ? Math.exp(a * Math.log(hi)) : Math.exp(-a * Math.log(lo));
    }

    /** code4 inside |a| < 1 by solving the 6x6 matching conditions with Gaussian elimination. */
    static double code4(double lo, double hi, double a) {
        if (Math.abs(a) >= 1) {
            return code1(lo, hi, a);
        }
        double[][] m = new double[6][7];
        double lh = Math.log(hi);
        double ll = Math.log(lo);
        double[] rhs = {hi - 1, lo - 1, hi * lh, -lo * ll, hi * lh * lh, lo * ll * ll};
        for (int i = 1; i <= 6; i++) {
            m[0][i - 1] = 1;
            m[1][i - 1] = Math.pow(-1, i);
            m[2][i - 1] = i;
            m[3][i - 1] = i * Math.pow(-1, i - 1);
            m[4][i - 1] = i * (i - 1);
            m[5][i - 1] = i * (i - 1) * Math.pow(-1, i - 2);
        }
        for (int r = 0; r < 6; r++) {
            m[r][6] = rhs[r];
        }
        for (int c = 0; c < 6; c++) {
            int piv = c;
            for (int r = c + 1; r < 6; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            for (int r = 0; r < 6; r++) {
                if (r != c) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k < 7; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double p = 1;
        for (int i = 1; i <= 6; i++) {
            p += m[i - 1][6] / m[i - 1][i - 1] * Math.pow(a, i);
        }
        return p;
    }

    static double code0(double lo, double nom, double hi, double a) {
        return a > 0 ? a * (hi - nom) : a * (nom - lo);
    }

    static double code4p(double lo, double nom, double hi, double a) {
        double up = hi - nom;
        double dn = nom - lo;
        if (a > 1) {
            return a * up;
        }
        if (a < -1) {
            return a * dn;
        }
        return a * (up + dn) / 2 + (3 * Math.pow(a, 6) - 10 * Math.pow(a, 4) + 15 * a * a) * (up - dn) / 16;
    }
}

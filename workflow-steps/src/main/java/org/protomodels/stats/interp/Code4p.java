package org.protomodels.stats.interp;

/**
 * Histosys code4p: linear outside |alpha| > 1, inside alpha S + alpha^2 (15 - 10 alpha^2 + 3 alpha^4) A with
 * S = (dUp + dDn)/2, A = (dUp - dDn)/16 (pyhf's polynomial, continuous to the second derivative at +-1).
 */
public final class Code4p {
    private Code4p() {
    }

    public static double delta(double lo, double nom, double hi, double alpha) {
        double up = hi - nom;
        double dn = nom - lo;
        if (alpha > 1) {
            return up * alpha;
        }
        if (alpha < -1) {
            return dn * alpha;
        }
        double s = 0.5 * (up + dn);
        double a = 0.0625 * (up - dn);
        double a2 = alpha * alpha;
        return alpha * s + a2 * (a2 * (a2 * 3 - 10) + 15) * a;
    }

    public static double derivative(double lo, double nom, double hi, double alpha) {
        double up = hi - nom;
        double dn = nom - lo;
        if (alpha > 1) {
            return up;
        }
        if (alpha < -1) {
            return dn;
        }
        double s = 0.5 * (up + dn);
        double a = 0.0625 * (up - dn);
        double a2 = alpha * alpha;
        return s + alpha * (a2 * (a2 * 18 - 40) + 30) * a;
    }
}

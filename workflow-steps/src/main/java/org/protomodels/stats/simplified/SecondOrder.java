package org.protomodels.stats.simplified;

/**
 * The SLv2 coefficients of one signal region (arXiv:1809.05548 eqs. 1.27-1.30, as SModelS evaluates them): with
 * variance m2 and third moment m3, lambda = A + B t + C t^2 (t ~ N(0,1)) has mean b and those moments.
 */
public final class SecondOrder {
    private SecondOrder() {
    }

    /** {A, B, C}; a zero m3 is taken as 1e-30. Requires 8 m2^3 >= m3^2 (else IllegalArgumentException). */
    public static double[] coefficients(double background, double m2, double m3) {
        double third = m3 == 0.0 ? 1e-30 : m3;
        if (8 * m2 * m2 * m2 < third * third) {
            throw new IllegalArgumentException("third moment " + m3 + " too large for variance " + m2
                    + " (SLv2 needs 8 m2^3 >= m3^2)");
        }
        double k = -Math.signum(third) * Math.sqrt(2.0 * m2);
        double dm = Math.sqrt(8.0 * m2 * m2 * m2 / (third * third) - 1.0);
        double c = k * Math.cos(4.0 * Math.PI / 3.0 + Math.atan(dm) / 3.0);
        double b2 = m2 - 2 * c * c;
        if (!(b2 > 0)) {
            throw new IllegalArgumentException("SLv2 B^2 = m2 - 2C^2 = " + b2 + " is not positive");
        }
        return new double[] {background - c, Math.sqrt(b2), c};
    }
}

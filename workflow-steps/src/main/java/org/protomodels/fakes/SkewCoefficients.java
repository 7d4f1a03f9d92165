package org.protomodels.fakes;

/**
 * The SLv2 coefficients (A, B, C) of one signal region from its background b, variance m2 and third moment m3
 * (spec 4.3, arXiv:1809.05548): lambda = A + B t + C t^2 reproduces the three moments.
 */
final class SkewCoefficients {
    private SkewCoefficients() {
    }

    /** {A, B, C}; requires 8 m2^3 >= m3^2. */
    static double[] of(double b, double m2, double m3) {
        double third = m3 == 0 ? 1e-30 : m3;
        double ratio = 8 * m2 * m2 * m2 / (third * third);
        if (ratio < 1) {
            throw new IllegalArgumentException("thirdMoment: 8 m2^3 < m3^2 (" + 8 * m2 * m2 * m2 + " < " + third * third + "): no skew-normal model exists");
        }
        double c = -Math.signum(third) * Math.sqrt(2 * m2) * Math.cos(4 * Math.PI / 3 + Math.atan(Math.sqrt(ratio - 1)) / 3);
        double bb = Math.sqrt(m2 - 2 * c * c);
        return new double[] {b - c, bb, c};
    }
}

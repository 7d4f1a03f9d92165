package org.protomodels.stats.simplified;

import java.util.function.DoubleUnaryOperator;

/** Adaptive Simpson quadrature for smooth one-dimensional integrands (marginalised likelihoods). */
final class Quadrature {
    private Quadrature() {
    }

    /** int_a^b f to about relative accuracy {@code rel} (of the whole integral). */
    static double adaptiveSimpson(DoubleUnaryOperator f, double a, double b, double rel) {
        // a coarse composite pass gives the scale and protects against a narrow peak being missed
        int panels = 16;
        double h = (b - a) / panels;
        double total = 0;
        double[] fx = new double[2 * panels + 1];
        for (int i = 0; i <= 2 * panels; i++) {
            fx[i] = f.applyAsDouble(a + i * h / 2);
        }
        double scale = 0;
        for (int i = 0; i < panels; i++) {
            scale += h / 6 * (fx[2 * i] + 4 * fx[2 * i + 1] + fx[2 * i + 2]);
        }
        double eps = rel * Math.abs(scale) + 1e-300;
        for (int i = 0; i < panels; i++) {
            double x0 = a + i * h;
            double whole = h / 6 * (fx[2 * i] + 4 * fx[2 * i + 1] + fx[2 * i + 2]);
            total += recurse(f, x0, x0 + h, fx[2 * i], fx[2 * i + 1], fx[2 * i + 2], whole, eps / panels, 16);
        }
        return total;
    }

    private static double recurse(DoubleUnaryOperator f, double a, double b, double fa, double fm, double fb,
            double whole, double eps, int depth) {
        double m = 0.5 * (a + b);
        double lm = 0.5 * (a + m);
        double rm = 0.5 * (m + b);
        double flm = f.applyAsDouble(lm);
        double frm = f.applyAsDouble(rm);
        double left = (m - a) / 6 * (fa + 4 * flm + fm);
        double right = (b - m) / 6 * (fm + 4 * frm + fb);
        double diff = left + right - whole;
        if (depth <= 0 || Math.abs(diff) <= 15 * eps) {
            return left + right + diff / 15;
        }
        return recurse(f, a, m, fa, flm, fm, left, eps / 2, depth - 1)
                + recurse(f, m, b, fm, frm, fb, right, eps / 2, depth - 1);
    }
}

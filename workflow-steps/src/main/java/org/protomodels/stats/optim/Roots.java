package org.protomodels.stats.optim;

import java.util.function.DoubleUnaryOperator;

/** One-dimensional root finding (Brent's method) for bracketed roots. */
public final class Roots {
    private Roots() {
    }

    /**
     * Root of f in [a, b] where f(a), f(b) have opposite signs (or one is 0), to |dx| <= xtol + rtol |x|.
     * Throws IllegalArgumentException if the interval does not bracket a root.
     */
    public static double brent(DoubleUnaryOperator f, double a, double b, double xtol, double rtol, int maxIter) {
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        return brent(f, a, b, fa, fb, xtol, rtol, maxIter);
    }

    public static double brent(DoubleUnaryOperator f, double a, double b, double fa, double fb, double xtol, double rtol,
            int maxIter) {
        if (fa == 0) {
            return a;
        }
        if (fb == 0) {
            return b;
        }
        if (Math.signum(fa) == Math.signum(fb)) {
            throw new IllegalArgumentException("no sign change in [" + a + ", " + b + "]: f=" + fa + ", " + fb);
        }
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int it = 0; it < maxIter; it++) {
            if (Math.signum(fb) == Math.signum(fc)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol = 2 * Math.ulp(1.0) * Math.abs(b) + 0.5 * (xtol + rtol * Math.abs(b));
            double m = 0.5 * (c - b);
            if (Math.abs(m) <= tol || fb == 0) {
                return b;
            }
            if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
                d = m;
                e = m;
            } else {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * m * s;
                    q = 1 - s;
                } else {
                    double qq = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
                    q = (qq - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = m;
                    e = m;
                }
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol ? d : Math.copySign(tol, m);
            fb = f.applyAsDouble(b);
        }
        return b;
    }

    /**
     * Minimum of f on [a, b] by Brent's method (golden section with parabolic steps), to about
     * tol |x| + 1e-12; robust to kinks, needs no derivative.
     */
    public static double minimize(DoubleUnaryOperator f, double a, double b, double tol, int maxIter) {
        final double golden = 0.3819660112501051;
        double x = a + golden * (b - a);
        double w = x;
        double v = x;
        double fx = f.applyAsDouble(x);
        double fw = fx;
        double fv = fx;
        double d = 0;
        double e = 0;
        for (int it = 0; it < maxIter; it++) {
            double xm = 0.5 * (a + b);
            double tol1 = tol * Math.abs(x) + 1e-12;
            double tol2 = 2 * tol1;
            if (Math.abs(x - xm) <= tol2 - 0.5 * (b - a)) {
                break;
            }
            boolean golden_step = true;
            if (Math.abs(e) > tol1) {
                double r = (x - w) * (fx - fv);
                double q = (x - v) * (fx - fw);
                double p = (x - v) * q - (x - w) * r;
                q = 2 * (q - r);
                if (q > 0) {
                    p = -p;
                }
                q = Math.abs(q);
                double etemp = e;
                e = d;
                if (!(Math.abs(p) >= Math.abs(0.5 * q * etemp) || p <= q * (a - x) || p >= q * (b - x))) {
                    d = p / q;
                    double u = x + d;
                    if (u - a < tol2 || b - u < tol2) {
                        d = Math.copySign(tol1, xm - x);
                    }
                    golden_step = false;
                }
            }
            if (golden_step) {
                e = x >= xm ? a - x : b - x;
                d = golden * e;
            }
            double u = Math.abs(d) >= tol1 ? x + d : x + Math.copySign(tol1, d);
            double fu = f.applyAsDouble(u);
            if (fu <= fx) {
                if (u >= x) {
                    a = x;
                } else {
                    b = x;
                }
                v = w;
                fv = fw;
                w = x;
                fw = fx;
                x = u;
                fx = fu;
            } else {
                if (u < x) {
                    a = u;
                } else {
                    b = u;
                }
                if (fu <= fw || w == x) {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                } else if (fu <= fv || v == x || v == w) {
                    v = u;
                    fv = fu;
                }
            }
        }
        return x;
    }

    /**
     * The first x >= start where f turns from positive to <= 0, stepping by {@code step} (widened by 1.5 after
     * 20 steps), then Brent to xtol/rtol. NaN if none within {@code maxDistance}.
     */
    public static double firstDownCrossing(DoubleUnaryOperator f, double start, double step, double maxDistance,
            double xtol, double rtol) {
        double a = start;
        double fa = f.applyAsDouble(a);
        if (fa <= 0) {
            return a;
        }
        double h = step;
        for (int k = 0; k < 10000; k++) {
            double b = a + h;
            double fb = f.applyAsDouble(b);
            if (fb <= 0) {
                return brent(f, a, b, fa, fb, xtol, rtol, 200);
            }
            a = b;
            fa = fb;
            if (k >= 20) {
                h *= 1.5;
            }
            if (a > start + maxDistance) {
                break;
            }
        }
        return Double.NaN;
    }
}

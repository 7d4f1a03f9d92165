package org.protomodels.predict.grid;

import java.math.BigInteger;

/**
 * Orientation and in-sphere signs in any dimension, exact for the given doubles: a floating-point determinant
 * (partial pivoting) is trusted only when it exceeds 1e-10 of Hadamard's bound (the LU rounding error is far below
 * that); otherwise the determinant is recomputed exactly with BigInteger (coordinates in units of their lowest bit; fraction-free Bareiss elimination). Exact
 * signs make Bowyer-Watson consistent on the many co-circular points of regular grids.
 */
final class Predicates {
    private static final double TRUST = 1e-10;
    private final int d;
    private final double[][] a;
    /** +1 or -1 such that insphere(...) * sign > 0 means inside for a positively oriented simplex. */
    private final int insideSign;

    Predicates(int d) {
        this.d = d;
        this.a = new double[d + 1][d + 1];
        double[] c = new double[(d + 1) * d];
        for (int k = 1; k <= d; k++) {
            c[k * d + (k - 1)] = 1;
        }
        double[] centroid = new double[d];
        for (int j = 0; j < d; j++) {
            centroid[j] = 1.0 / (d + 1);
        }
        int[] s = new int[d + 1];
        for (int k = 0; k <= d; k++) {
            s[k] = k;
        }
        int raw = inSphereRaw(c, s, centroid, 0);
        if (raw == 0) {
            throw new IllegalStateException("in-sphere calibration failed in " + d + " dimensions");
        }
        this.insideSign = raw;
    }

    /** Sign of det[v1-v0, ..., vd-v0] for the simplex {@code s} (vertex indices into {@code coords}, d per point). */
    int orient(double[] coords, int[] s, int replaceIndex, double[] p, int pOff) {
        for (int k = 1; k <= d; k++) {
            for (int j = 0; j < d; j++) {
                a[k - 1][j] = coord(coords, s, k, replaceIndex, p, pOff, j) - coord(coords, s, 0, replaceIndex, p, pOff, j);
            }
        }
        int sign = fastSign(d);
        if (sign != 0) {
            return sign;
        }
        int e = Integer.MAX_VALUE;
        for (int k = 0; k <= d; k++) {
            for (int j = 0; j < d; j++) {
                e = Math.min(e, lowestBit(coord(coords, s, k, replaceIndex, p, pOff, j)));
            }
        }
        BigInteger[][] m = new BigInteger[d][d];
        for (int k = 1; k <= d; k++) {
            for (int j = 0; j < d; j++) {
                m[k - 1][j] = scaled(coord(coords, s, k, replaceIndex, p, pOff, j), e)
                        .subtract(scaled(coord(coords, s, 0, replaceIndex, p, pOff, j), e));
            }
        }
        return exactSign(m);
    }

    /** +1 if {@code p} is strictly inside the circumsphere of the positively oriented simplex s, 0 on it, -1 outside. */
    int inSphere(double[] coords, int[] s, double[] p, int pOff) {
        return inSphereRaw(coords, s, p, pOff) * insideSign;
    }

    private int inSphereRaw(double[] coords, int[] s, double[] p, int pOff) {
        for (int k = 0; k <= d; k++) {
            double sq = 0;
            for (int j = 0; j < d; j++) {
                double v = coords[s[k] * d + j] - p[pOff + j];
                a[k][j] = v;
                sq += v * v;
            }
            a[k][d] = sq;
        }
        int sign = fastSign(d + 1);
        if (sign != 0) {
            return sign;
        }
        int e = Integer.MAX_VALUE;
        for (int j = 0; j < d; j++) {
            e = Math.min(e, lowestBit(p[pOff + j]));
            for (int k = 0; k <= d; k++) {
                e = Math.min(e, lowestBit(coords[s[k] * d + j]));
            }
        }
        // all coordinates as integers in units of 2^e: the last column (squares) is scaled by 2^(2e) > 0,
        // which does not change the sign
        BigInteger[][] m = new BigInteger[d + 1][d + 1];
        for (int k = 0; k <= d; k++) {
            BigInteger sq = BigInteger.ZERO;
            for (int j = 0; j < d; j++) {
                BigInteger v = scaled(coords[s[k] * d + j], e).subtract(scaled(p[pOff + j], e));
                m[k][j] = v;
                sq = sq.add(v.multiply(v));
            }
            m[k][d] = sq;
        }
        return exactSign(m);
    }

    private double coord(double[] coords, int[] s, int k, int replaceIndex, double[] p, int pOff, int j) {
        return k == replaceIndex ? p[pOff + j] : coords[s[k] * d + j];
    }

    /** Sign of det(a[0..n)[0..n)) if clearly nonzero, else 0 (then the caller computes it exactly). Destroys a. */
    private int fastSign(int n) {
        double bound = 1;
        for (int i = 0; i < n; i++) {
            double r = 0;
            for (int j = 0; j < n; j++) {
                r += a[i][j] * a[i][j];
            }
            bound *= Math.sqrt(r);
        }
        if (bound == 0) {
            return 0;
        }
        double det = 1;
        for (int k = 0; k < n; k++) {
            int piv = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(a[i][k]) > Math.abs(a[piv][k])) {
                    piv = i;
                }
            }
            if (a[piv][k] == 0) {
                return 0;
            }
            if (piv != k) {
                double[] t = a[piv];
                a[piv] = a[k];
                a[k] = t;
                det = -det;
            }
            det *= a[k][k];
            for (int i = k + 1; i < n; i++) {
                double f = a[i][k] / a[k][k];
                for (int j = k + 1; j < n; j++) {
                    a[i][j] -= f * a[k][j];
                }
            }
        }
        if (!Double.isFinite(det) || Math.abs(det) <= TRUST * bound) {
            return 0;
        }
        return det > 0 ? 1 : -1;
    }

    /** Exponent of the lowest set bit of x (x = odd * 2^result); MAX_VALUE for 0. */
    static int lowestBit(double x) {
        if (x == 0) {
            return Integer.MAX_VALUE;
        }
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        return exp - 1075 + Long.numberOfTrailingZeros(mant);
    }

    /** x / 2^e as an exact integer (e at most the lowest bit exponent of x). */
    static BigInteger scaled(double x, int e) {
        if (x == 0) {
            return BigInteger.ZERO;
        }
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        BigInteger b = BigInteger.valueOf(mant).shiftLeft(exp - 1075 - e);
        return x < 0 ? b.negate() : b;
    }

    /** Exact sign of a determinant by fraction-free (Bareiss) elimination; all divisions are exact. */
    static int exactSign(BigInteger[][] m) {
        int n = m.length;
        int sign = 1;
        BigInteger prev = BigInteger.ONE;
        for (int k = 0; k < n - 1; k++) {
            if (m[k][k].signum() == 0) {
                int swap = -1;
                for (int i = k + 1; i < n; i++) {
                    if (m[i][k].signum() != 0) {
                        swap = i;
                        break;
                    }
                }
                if (swap < 0) {
                    return 0;
                }
                BigInteger[] t = m[swap];
                m[swap] = m[k];
                m[k] = t;
                sign = -sign;
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < n; j++) {
                    m[i][j] = m[i][j].multiply(m[k][k]).subtract(m[i][k].multiply(m[k][j])).divide(prev);
                }
            }
            prev = m[k][k];
        }
        return sign * m[n - 1][n - 1].signum();
    }
}

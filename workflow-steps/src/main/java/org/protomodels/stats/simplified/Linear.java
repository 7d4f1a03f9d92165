package org.protomodels.stats.simplified;

/** Small dense linear algebra on caller-provided arrays (no allocation): Cholesky, solve, inverse. */
final class Linear {
    private Linear() {
    }

    /**
     * Cholesky factor of the symmetric matrix {@code a} (only the lower triangle is read) into {@code l}
     * (row-major n x n, lower triangle). Returns the smallest pivot; a pivot <= 0 means not positive definite.
     */
    static double cholesky(double[][] a, double[] l, int n) {
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j * n + k] * l[j * n + k];
            }
            min = Math.min(min, d);
            if (!(d > 0)) {
                return d;
            }
            double ljj = Math.sqrt(d);
            l[j * n + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                l[i * n + j] = s / ljj;
            }
        }
        return min;
    }

    /**
     * In-place Cholesky of the row-major matrix {@code a} (m x m leading block with stride n, lower triangle used),
     * with {@code shift} added to the diagonal. Returns false if not positive definite.
     */
    static boolean choleskyInPlace(double[] a, int m, int n, double shift) {
        for (int j = 0; j < m; j++) {
            double d = a[j * n + j] + shift;
            for (int k = 0; k < j; k++) {
                d -= a[j * n + k] * a[j * n + k];
            }
            if (!(d > 0)) {
                return false;
            }
            double ljj = Math.sqrt(d);
            a[j * n + j] = ljj;
            for (int i = j + 1; i < m; i++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = s / ljj;
            }
        }
        return true;
    }

    /** Solves L L^T x = b in place (b becomes x); L is the m x m leading block (stride n) of {@code l}. */
    static void choleskySolve(double[] l, int m, int n, double[] b) {
        for (int i = 0; i < m; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * n + k] * b[k];
            }
            b[i] = s / l[i * n + i];
        }
        for (int i = m - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < m; k++) {
                s -= l[k * n + i] * b[k];
            }
            b[i] = s / l[i * n + i];
        }
    }

    /** ln det from a Cholesky factor. */
    static double logDet(double[] l, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.log(l[i * n + i]);
        }
        return 2 * s;
    }

    /** Inverse (row-major, full) of the matrix whose Cholesky factor is l. */
    static double[] inverse(double[] l, int n) {
        double[] inv = new double[n * n];
        double[] col = new double[n];
        for (int j = 0; j < n; j++) {
            java.util.Arrays.fill(col, 0);
            col[j] = 1;
            choleskySolve(l, n, n, col);
            for (int i = 0; i < n; i++) {
                inv[i * n + j] = col[i];
            }
        }
        // symmetrise against rounding
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double m = 0.5 * (inv[i * n + j] + inv[j * n + i]);
                inv[i * n + j] = m;
                inv[j * n + i] = m;
            }
        }
        return inv;
    }
}

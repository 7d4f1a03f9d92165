package org.protomodels.predict.grid;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.protomodels.database.Grid;
import org.protomodels.database.GridAxis;

/**
 * Linear interpolation in an upper-limit or efficiency map the way SModelS does it (spec 3.2.5), precomputed once:
 * <ol>
 * <li>coordinates: masses as they are, widths as ln(1 + Gamma / 1e-30 GeV);</li>
 * <li>centre on the grid mean and rotate with the right-singular vectors of the centred points (PCA; at most 2000
 *     points, every ceil(N/2000)-th, enter the SVD);</li>
 * <li>keep d = max over grid points of the number of rotated components with |x| > 1e-4;</li>
 * <li>Delaunay triangulation in d dimensions (d = 1: sorted intervals);</li>
 * <li>a query is rotated the same way; components beyond d above 1e-4 mean "off the map" (no value); the value is
 *     barycentric-linear in the simplex that contains the point within 1e-6 (barycentric), floored at the smallest
 *     vertex value and rounded to 6 significant digits; outside the hull there is no value (no extrapolation).</li>
 * </ol>
 * Per simplex the inverse of its edge matrix is stored (scipy's {@code transform}), and a uniform bucket grid over
 * the reduced coordinates lists the simplices whose bounding box meets each bucket, so a lookup is a bucket read
 * plus a few d x d products, without allocation. Instances are immutable and thread-safe.
 *
 * <p>Known difference to SModelS: where grid points are co-spherical (regular grids) the Delaunay triangulation is
 * not unique; qhull's choice cannot be reproduced, so values inside such cells can differ (both are linear
 * interpolations of the same corner values).
 */
public final class GridInterpolator {
    /** Returned by {@link #value} when the point is off the map. Values themselves are >= 0. */
    public static final double NO_VALUE = -1.0;
    public static final double DIMENSION_CUT = 1e-4;
    public static final double SIMPLEX_TOLERANCE = 1e-6;
    public static final int SVD_POINTS = 2000;
    private static final double WIDTH_SCALE = 1e-30;

    private final int full;
    private final int d;
    private final boolean[] isWidth;
    private final double[] mean;
    /** rotation, row-major full x full: rotated_k = sum_j (x_j - mean_j) * rot[j * full + k]. */
    private final double[] rot;
    /** true when rot holds all components (else the residual is checked). */
    private final boolean completeBasis;
    private final int nSimplices;
    private final int[] simplexVertices;
    /** per simplex: d x d inverse then the d coordinates of its last vertex. */
    private final double[] transform;
    private final double[] vertexValues;
    private final double[] lo;
    private final double[] cellSize;
    private final int[] cellsPerDim;
    private final int[] cellStart;
    private final int[] cellItems;
    private final double pointValue;
    private final ThreadLocal<double[]> scratch;

    private GridInterpolator(Grid grid) {
        full = grid.dimension();
        isWidth = new boolean[full];
        for (int j = 0; j < full; j++) {
            GridAxis a = grid.axes().get(j);
            isWidth[j] = "width".equals(a.property());
        }
        int n = grid.size();
        if (n == 0) {
            throw new IllegalArgumentException("grid: no points");
        }
        double[][] x = new double[n][full];
        mean = new double[full];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < full; j++) {
                x[i][j] = coordinate(j, grid.points()[i][j]);
                mean[j] += x[i][j];
            }
        }
        for (int j = 0; j < full; j++) {
            mean[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < full; j++) {
                x[i][j] -= mean[j];
            }
        }
        int stride = (int) Math.ceil(n / (double) SVD_POINTS);
        int m = (n + stride - 1) / stride;
        double[][] sub = new double[m][];
        for (int i = 0, r = 0; i < n; i += stride, r++) {
            sub[r] = x[i];
        }
        RealMatrix v = new SingularValueDecomposition(new Array2DRowRealMatrix(sub, false)).getV();
        int cols = v.getColumnDimension();
        completeBasis = cols == full;
        rot = new double[full * full];
        for (int j = 0; j < full; j++) {
            for (int k = 0; k < cols; k++) {
                rot[j * full + k] = v.getEntry(j, k);
            }
        }
        double[][] y = new double[n][cols];
        int dim = 0;
        for (int i = 0; i < n; i++) {
            int nz = 0;
            for (int k = 0; k < cols; k++) {
                double s = 0;
                for (int j = 0; j < full; j++) {
                    s += x[i][j] * rot[j * full + k];
                }
                y[i][k] = s;
                if (Math.abs(s) > DIMENSION_CUT) {
                    nz++;
                }
            }
            dim = Math.max(dim, nz);
        }
        d = dim;
        scratch = ThreadLocal.withInitial(() -> new double[full + d + 1]);
        if (d == 0) {
            // every point is the same point: the map has one value there
            pointValue = grid.values()[0];
            nSimplices = 0;
            simplexVertices = new int[0];
            transform = new double[0];
            vertexValues = new double[] {pointValue};
            lo = new double[0];
            cellSize = new double[0];
            cellsPerDim = new int[0];
            cellStart = new int[] {0, 0};
            cellItems = new int[0];
            return;
        }
        pointValue = Double.NaN;
        // unique reduced points (first occurrence kept), flat
        double[] pts = new double[n * d];
        double[] vals = new double[n];
        int u = 0;
        java.util.Map<java.util.List<Double>, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            Double[] key = new Double[d];
            for (int k = 0; k < d; k++) {
                key[k] = y[i][k] + 0.0;
            }
            if (seen.putIfAbsent(Arrays.asList(key), u) != null) {
                continue;
            }
            for (int k = 0; k < d; k++) {
                pts[u * d + k] = y[i][k];
            }
            vals[u] = grid.values()[i];
            u++;
        }
        vertexValues = Arrays.copyOf(vals, u);
        int[][] simplices = d == 1 ? intervals(pts, u) : Delaunay.triangulate(pts, u, d);
        // drop degenerate simplices (zero volume) and store transforms
        int w = d + 1;
        int[] sv = new int[simplices.length * w];
        double[] tr = new double[simplices.length * (d * d + d)];
        int kept = 0;
        double[][] a = new double[d][d];
        for (int[] s : simplices) {
            for (int r = 0; r < d; r++) {
                for (int c = 0; c < d; c++) {
                    a[c][r] = pts[s[r] * d + c] - pts[s[d] * d + c];
                }
            }
            double[][] inv = invert(a);
            if (inv == null) {
                continue;
            }
            for (int r = 0; r < d; r++) {
                System.arraycopy(inv[r], 0, tr, kept * (d * d + d) + r * d, d);
            }
            for (int c = 0; c < d; c++) {
                tr[kept * (d * d + d) + d * d + c] = pts[s[d] * d + c];
            }
            System.arraycopy(s, 0, sv, kept * w, w);
            kept++;
        }
        nSimplices = kept;
        simplexVertices = Arrays.copyOf(sv, kept * w);
        transform = Arrays.copyOf(tr, kept * (d * d + d));
        // bucket grid
        lo = new double[d];
        double[] hi = new double[d];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < u; i++) {
            for (int k = 0; k < d; k++) {
                lo[k] = Math.min(lo[k], pts[i * d + k]);
                hi[k] = Math.max(hi[k], pts[i * d + k]);
            }
        }
        int perDim = Math.max(1, (int) Math.floor(Math.pow(Math.max(1, kept), 1.0 / d)));
        cellsPerDim = new int[d];
        cellSize = new double[d];
        int totalCells = 1;
        for (int k = 0; k < d; k++) {
            double ext = hi[k] - lo[k];
            cellsPerDim[k] = ext > 0 ? perDim : 1;
            cellSize[k] = ext > 0 ? ext / perDim : 1;
            totalCells *= cellsPerDim[k];
        }
        int[] counts = new int[totalCells + 1];
        int[] cmin = new int[d];
        int[] cmax = new int[d];
        for (int pass = 0; pass < 2; pass++) {
            int[] fill = pass == 1 ? new int[totalCells] : null;
            for (int s = 0; s < kept; s++) {
                for (int k = 0; k < d; k++) {
                    double smin = Double.POSITIVE_INFINITY;
                    double smax = Double.NEGATIVE_INFINITY;
                    for (int q = 0; q < w; q++) {
                        double c = pts[simplexVertices[s * w + q] * d + k];
                        smin = Math.min(smin, c);
                        smax = Math.max(smax, c);
                    }
                    double pad = 1e-6 * (smax - smin) + 1e-12 * (Math.abs(smin) + Math.abs(smax));
                    cmin[k] = cell(k, smin - pad);
                    cmax[k] = cell(k, smax + pad);
                }
                int[] idx = cmin.clone();
                while (true) {
                    int flat = flatten(idx);
                    if (pass == 0) {
                        counts[flat + 1]++;
                    } else {
                        cellItemsTmp[cellStartTmp[flat] + fill[flat]++] = s;
                    }
                    int k = 0;
                    while (k < d && ++idx[k] > cmax[k]) {
                        idx[k] = cmin[k];
                        k++;
                    }
                    if (k == d) {
                        break;
                    }
                }
            }
            if (pass == 0) {
                for (int c = 0; c < totalCells; c++) {
                    counts[c + 1] += counts[c];
                }
                cellStartTmp = counts;
                cellItemsTmp = new int[counts[totalCells]];
            }
        }
        cellStart = cellStartTmp;
        cellItems = cellItemsTmp;
        cellStartTmp = null;
        cellItemsTmp = null;
    }

    private int[] cellStartTmp;
    private int[] cellItemsTmp;

    /** Builds the interpolator of a map (PCA, triangulation, transforms, buckets); do it once per grid. */
    public static GridInterpolator of(Grid grid) {
        return new GridInterpolator(grid);
    }

    private double coordinate(int axis, double raw) {
        return isWidth[axis] ? Math.log1p(raw / WIDTH_SCALE) : raw;
    }

    private int cell(int k, double c) {
        int i = (int) Math.floor((c - lo[k]) / cellSize[k]);
        return Math.max(0, Math.min(cellsPerDim[k] - 1, i));
    }

    private int flatten(int[] idx) {
        int f = 0;
        for (int k = d - 1; k >= 0; k--) {
            f = f * cellsPerDim[k] + idx[k];
        }
        return f;
    }

    private static int[][] intervals(double[] pts, int u) {
        Integer[] order = new Integer[u];
        for (int i = 0; i < u; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(pts[a], pts[b]));
        int[][] out = new int[Math.max(0, u - 1)][];
        for (int i = 0; i + 1 < u; i++) {
            out[i] = new int[] {order[i], order[i + 1]};
        }
        return out;
    }

    /** Inverse by Gauss-Jordan with partial pivoting; null if (numerically) singular. */
    private static double[][] invert(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = a[i][j];
                scale = Math.max(scale, Math.abs(a[i][j]));
            }
            m[i][n + i] = 1;
        }
        for (int k = 0; k < n; k++) {
            int piv = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(m[i][k]) > Math.abs(m[piv][k])) {
                    piv = i;
                }
            }
            if (!(Math.abs(m[piv][k]) > 1e-13 * scale)) {
                return null;
            }
            double[] t = m[piv];
            m[piv] = m[k];
            m[k] = t;
            double p = m[k][k];
            for (int j = 0; j < 2 * n; j++) {
                m[k][j] /= p;
            }
            for (int i = 0; i < n; i++) {
                if (i != k && m[i][k] != 0) {
                    double f = m[i][k];
                    for (int j = 0; j < 2 * n; j++) {
                        m[i][j] -= f * m[k][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, inv[i], 0, n);
        }
        return inv;
    }

    /** Number of coordinates a query needs (the grid's axes). */
    public int fullDimension() {
        return full;
    }

    /** Dimension of the triangulation after the PCA cut. */
    public int reducedDimension() {
        return d;
    }

    public int simplexCount() {
        return nSimplices;
    }

    /**
     * The interpolated value at {@code point} (one coordinate per grid axis, masses and widths in GeV), or
     * {@link #NO_VALUE} if the point is off the map. Allocation-free.
     */
    public double value(double[] point) {
        if (point.length != full) {
            throw new IllegalArgumentException("point: " + point.length + " coordinates, the map has " + full);
        }
        double[] s = scratch.get();
        // centred coordinates in s[0..full), reduced in s[full..full+d)
        for (int j = 0; j < full; j++) {
            s[j] = coordinate(j, point[j]) - mean[j];
        }
        double resid2 = 0;
        for (int j = 0; j < full; j++) {
            resid2 += s[j] * s[j];
        }
        for (int k = 0; k < full; k++) {
            double c = 0;
            for (int j = 0; j < full; j++) {
                c += s[j] * rot[j * full + k];
            }
            if (k < d) {
                s[full + k] = c;
            } else if (completeBasis && Math.abs(c) > DIMENSION_CUT) {
                return NO_VALUE;
            }
            if (k < d || !completeBasis) {
                resid2 -= c * c;
            }
        }
        if (!completeBasis && resid2 > DIMENSION_CUT * DIMENSION_CUT) {
            return NO_VALUE;
        }
        if (d == 0) {
            return pointValue;
        }
        for (int k = 0; k < d; k++) {
            double c = s[full + k];
            if (c < lo[k] - cellSize[k] || c > lo[k] + cellSize[k] * (cellsPerDim[k] + 1)) {
                return NO_VALUE;
            }
        }
        int flat = 0;
        for (int k = d - 1; k >= 0; k--) {
            flat = flat * cellsPerDim[k] + cell(k, s[full + k]);
        }
        int stride = d * d + d;
        int w = d + 1;
        for (int it = cellStart[flat]; it < cellStart[flat + 1]; it++) {
            int simplex = cellItems[it];
            int base = simplex * stride;
            double last = 1;
            boolean inside = true;
            for (int r = 0; r < d && inside; r++) {
                double b = 0;
                for (int c = 0; c < d; c++) {
                    b += transform[base + r * d + c] * (s[full + c] - transform[base + d * d + c]);
                }
                s[full + d] = b; // not needed later; keeps the loop free of locals arrays
                inside = b >= -SIMPLEX_TOLERANCE && b <= 1 + SIMPLEX_TOLERANCE;
                last -= b;
            }
            if (!inside || last < -SIMPLEX_TOLERANCE || last > 1 + SIMPLEX_TOLERANCE) {
                continue;
            }
            // inside: recompute the weights (cheap) to form the value
            double value = 0;
            double min = Double.POSITIVE_INFINITY;
            double lastW = 1;
            for (int r = 0; r < d; r++) {
                double b = 0;
                for (int c = 0; c < d; c++) {
                    b += transform[base + r * d + c] * (s[full + c] - transform[base + d * d + c]);
                }
                double vv = vertexValues[simplexVertices[simplex * w + r]];
                value += b * vv;
                min = Math.min(min, vv);
                lastW -= b;
            }
            double vd = vertexValues[simplexVertices[simplex * w + d]];
            value += lastW * vd;
            min = Math.min(min, vd);
            return roundSignificant(Math.max(value, min), 6);
        }
        return NO_VALUE;
    }

    /**
     * Brute force over every simplex (tests only): the reduced point and, per simplex containing it within the
     * tolerance, {simplex, barycentric weights..., value}.
     */
    java.util.List<double[]> allContaining(double[] point) {
        double[] y = new double[d];
        for (int k = 0; k < d; k++) {
            double c = 0;
            for (int j = 0; j < full; j++) {
                c += (coordinate(j, point[j]) - mean[j]) * rot[j * full + k];
            }
            y[k] = c;
        }
        java.util.List<double[]> out = new java.util.ArrayList<>();
        int stride = d * d + d;
        for (int sx = 0; sx < nSimplices; sx++) {
            double[] row = new double[d + 3];
            row[0] = sx;
            double last = 1;
            boolean inside = true;
            double value = 0;
            for (int r = 0; r < d; r++) {
                double b = 0;
                for (int c = 0; c < d; c++) {
                    b += transform[sx * stride + r * d + c] * (y[c] - transform[sx * stride + d * d + c]);
                }
                row[1 + r] = b;
                inside &= b >= -SIMPLEX_TOLERANCE;
                last -= b;
                value += b * vertexValues[simplexVertices[sx * (d + 1) + r]];
            }
            row[1 + d] = last;
            value += last * vertexValues[simplexVertices[sx * (d + 1) + d]];
            row[2 + d] = value;
            if (inside && last >= -SIMPLEX_TOLERANCE) {
                out.add(row);
            }
        }
        return out;
    }

    /** x rounded to {@code digits} significant decimal digits. */
    static double roundSignificant(double x, int digits) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        int e = (int) Math.floor(Math.log10(Math.abs(x)));
        int shift = digits - 1 - e;
        if (shift >= 0 && shift < 300) {
            double f = Math.pow(10, shift);
            return Math.rint(x * f) / f;
        }
        double f = Math.pow(10, -shift);
        return Math.rint(x / f) * f;
    }
}

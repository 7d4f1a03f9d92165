package org.protomodels.predict.grid;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.protomodels.database.Grid;
import org.protomodels.database.GridAxis;

/**
 * The geometry of a map, without its values: coordinates (widths log-transformed), the PCA rotation and cut, the
 * Delaunay triangulation of the unique reduced points with each simplex's inverse edge matrix, and the bucket grid
 * (the steps of {@link GridInterpolator}). It depends only on the grid's axes kinds and mass points, so every map on
 * the same points (observed and expected limits, every fake of a database) shares one ({@link TriangulationCache});
 * {@link GridInterpolator} adds the values. {@code vertexSource[u]} is the grid row whose value vertex u carries (the
 * first occurrence of a repeated point). Immutable.
 */
public final class Triangulation {
    private static final double WIDTH_SCALE = 1e-30;
    private static final double DIMENSION_CUT = GridInterpolator.DIMENSION_CUT;
    private static final int SVD_POINTS = GridInterpolator.SVD_POINTS;

    final int full;
    final int d;
    final boolean[] isWidth;
    final double[] mean;
    /** rotation, row-major full x full: rotated_k = sum_j (x_j - mean_j) * rot[j * full + k]. */
    final double[] rot;
    /** true when rot holds all components (else the residual is checked). */
    final boolean completeBasis;
    final int nSimplices;
    final int[] simplexVertices;
    /** per simplex: d x d inverse then the d coordinates of its last vertex. */
    final double[] transform;
    /** grid row of each unique vertex. */
    final int[] vertexSource;
    final double[] lo;
    final double[] cellSize;
    final int[] cellsPerDim;
    final int[] cellStart;
    final int[] cellItems;
    /** grid size this triangulation was built for. */
    final int points;

    private Triangulation(Grid grid) {
        full = grid.dimension();
        isWidth = new boolean[full];
        for (int j = 0; j < full; j++) {
            GridAxis a = grid.axes().get(j);
            isWidth[j] = "width".equals(a.property());
        }
        int n = grid.size();
        points = n;
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
        if (d == 0) {
            // every point is the same point: the map has one value there
            nSimplices = 0;
            simplexVertices = new int[0];
            transform = new double[0];
            vertexSource = new int[] {0};
            lo = new double[0];
            cellSize = new double[0];
            cellsPerDim = new int[0];
            cellStart = new int[] {0, 0};
            cellItems = new int[0];
            return;
        }
        // unique reduced points (first occurrence kept), flat
        double[] pts = new double[n * d];
        int[] source = new int[n];
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
            source[u] = i;
            u++;
        }
        vertexSource = Arrays.copyOf(source, u);
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

    /** Triangulates the grid's points (PCA, Delaunay, transforms, buckets); its values are ignored. */
    public static Triangulation of(Grid grid) {
        return new Triangulation(grid);
    }

    double coordinate(int axis, double raw) {
        return isWidth[axis] ? Math.log1p(raw / WIDTH_SCALE) : raw;
    }

    int cell(int k, double c) {
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

}

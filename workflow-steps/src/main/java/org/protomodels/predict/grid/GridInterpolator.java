package org.protomodels.predict.grid;

import org.protomodels.database.Grid;

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
 * plus a few d x d products, without allocation. Instances are immutable and thread-safe. The geometry (steps 1-4
 * and the buckets) is a {@link Triangulation}, shared by maps on the same points through a
 * {@link TriangulationCache}; only the vertex values are the map's own.
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

    private final Triangulation tri;
    // the triangulation's arrays, held directly for the lookup loop
    private final int full;
    private final int d;
    private final double[] mean;
    private final double[] rot;
    private final boolean completeBasis;
    private final int nSimplices;
    private final int[] simplexVertices;
    private final double[] transform;
    private final double[] vertexValues;
    private final double[] lo;
    private final double[] cellSize;
    private final int[] cellsPerDim;
    private final int[] cellStart;
    private final int[] cellItems;
    private final double pointValue;
    private final ThreadLocal<double[]> scratch;

    private GridInterpolator(Triangulation t, Grid grid) {
        if (t.points != grid.size() || t.full != grid.dimension()) {
            throw new IllegalArgumentException("grid: " + grid.size() + " points in " + grid.dimension()
                    + " dimensions, the triangulation has " + t.points + " in " + t.full);
        }
        tri = t;
        full = t.full;
        d = t.d;
        mean = t.mean;
        rot = t.rot;
        completeBasis = t.completeBasis;
        nSimplices = t.nSimplices;
        simplexVertices = t.simplexVertices;
        transform = t.transform;
        lo = t.lo;
        cellSize = t.cellSize;
        cellsPerDim = t.cellsPerDim;
        cellStart = t.cellStart;
        cellItems = t.cellItems;
        double[] values = grid.values();
        vertexValues = new double[t.vertexSource.length];
        for (int u = 0; u < vertexValues.length; u++) {
            vertexValues[u] = values[t.vertexSource[u]];
        }
        pointValue = d == 0 ? values[0] : Double.NaN;
        scratch = ThreadLocal.withInitial(() -> new double[full + d + 1]);
    }

    /** Builds the interpolator of a map (PCA, triangulation, transforms, buckets); do it once per grid. */
    public static GridInterpolator of(Grid grid) {
        return new GridInterpolator(Triangulation.of(grid), grid);
    }

    /** The interpolator of a map on a triangulation of the same points (from a {@link TriangulationCache}). */
    public static GridInterpolator of(Triangulation triangulation, Grid grid) {
        return new GridInterpolator(triangulation, grid);
    }

    /** The map's geometry. */
    public Triangulation triangulation() {
        return tri;
    }

    private double coordinate(int axis, double raw) {
        return tri.coordinate(axis, raw);
    }

    private int cell(int k, double c) {
        return tri.cell(k, c);
    }

    /** Number of coordinates a query needs (the grid's axes). */
    public int fullDimension() {
        return tri.fullDimension();
    }

    /** Dimension of the triangulation after the PCA cut. */
    public int reducedDimension() {
        return tri.reducedDimension();
    }

    public int simplexCount() {
        return tri.simplexCount();
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

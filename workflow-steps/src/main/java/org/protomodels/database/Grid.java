package org.protomodels.database;

import java.util.Arrays;
import java.util.List;

/**
 * A map sampled on points: upper limits on sigma x BR (in {@code valueUnit}, normalised to fb) or efficiencies
 * (dimensionless). {@code points[i]} has one coordinate per axis; {@code values[i]} is the value there.
 */
public record Grid(List<GridAxis> axes, String valueUnit, double[][] points, double[] values) {
    public Grid {
        axes = Checks.copy(axes, "axes");
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("axes: a grid needs at least one axis");
        }
        if (!"fb".equals(valueUnit) && !"".equals(valueUnit)) {
            throw new IllegalArgumentException("valueUnit: must be 'fb' (upper limits) or '' (efficiencies), got '" + valueUnit + "'");
        }
        if (points.length != values.length) {
            throw new IllegalArgumentException("points: " + points.length + " points but " + values.length + " values");
        }
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != axes.size()) {
                throw new IllegalArgumentException("points/" + i + ": " + points[i].length + " coordinates, expected " + axes.size());
            }
            for (int j = 0; j < points[i].length; j++) {
                Checks.requireFinite(points[i][j], "points/" + i + "/" + j);
            }
            Checks.requireNonNegative(values[i], "values/" + i);
        }
    }

    public int size() {
        return values.length;
    }

    public int dimension() {
        return axes.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grid g && axes.equals(g.axes) && valueUnit.equals(g.valueUnit)
                && Arrays.deepEquals(points, g.points) && Arrays.equals(values, g.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * axes.hashCode() + Arrays.deepHashCode(points)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Grid[" + axes.size() + "d, " + values.length + " points, " + valueUnit + "]";
    }
}

package org.protomodels.predict.grid;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.protomodels.database.Grid;
import org.protomodels.database.GridAxis;

/**
 * One {@link Triangulation} per distinct grid geometry (which axes are widths, and the mass points), shared by every
 * map on those points: the observed and expected limits of a txName, the maps of many txNames of an analysis, and
 * the same maps in every fake of a database (a fake changes values only). The triangulation is a function of the
 * geometry alone, so an interpolator built through the cache gives the same bits as {@link GridInterpolator#of(Grid)}.
 * Thread-safe; each geometry is triangulated once, by the first thread that asks (others asking for it wait).
 */
public final class TriangulationCache {
    private final ConcurrentHashMap<Shape, Slot> slots = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();

    /** The interpolator of {@code grid}, on the cached triangulation of its points. */
    public GridInterpolator interpolator(Grid grid) {
        return GridInterpolator.of(triangulation(grid), grid);
    }

    /** The triangulation of the grid's points, built on first request. */
    public Triangulation triangulation(Grid grid) {
        Slot fresh = new Slot();
        Slot s = slots.putIfAbsent(new Shape(grid), fresh);
        if (s == null) {
            s = fresh;
        } else {
            hits.incrementAndGet();
        }
        return s.get(grid);
    }

    /** Distinct geometries triangulated (or being triangulated) so far. */
    public int size() {
        return slots.size();
    }

    /** Requests answered by an existing geometry. */
    public long hits() {
        return hits.get();
    }

    /** Built once, outside the map's locks, so other geometries are not held up. */
    private static final class Slot {
        private volatile Triangulation value;

        Triangulation get(Grid grid) {
            Triangulation t = value;
            if (t == null) {
                synchronized (this) {
                    if (value == null) {
                        value = Triangulation.of(grid);
                    }
                    t = value;
                }
            }
            return t;
        }
    }

    /** The geometry of a grid: width flags per axis and the points (compared by content, by reference first). */
    private static final class Shape {
        private final boolean[] widths;
        private final double[][] points;
        private final int hash;

        Shape(Grid grid) {
            widths = new boolean[grid.dimension()];
            for (int j = 0; j < widths.length; j++) {
                GridAxis a = grid.axes().get(j);
                widths[j] = "width".equals(a.property());
            }
            points = grid.points();
            hash = 31 * Arrays.hashCode(widths) + Arrays.deepHashCode(points);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Shape s && hash == s.hash && Arrays.equals(widths, s.widths)
                    && (points == s.points || Arrays.deepEquals(points, s.points));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}

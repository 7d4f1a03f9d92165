package org.protomodels.predict.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertClose;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Grid;
import org.protomodels.predict.testdb.TxNameFiles;

/** Interpolation on real maps of the v1.2.4 database (2D T2tt UL map, 3D T5WW UL and efficiency maps). */
class GridInterpolatorRealDataIT {
    static final String T2TT = "13TeV/CMS/CMS-SUS-16-050/data/T2tt.txt";
    static final String T5WW = "13TeV/ATLAS/ATLAS-SUSY-2016-07/data/T5WW.txt";
    static final String T5WW_EFF = "13TeV/ATLAS/ATLAS-SUSY-2016-07-eff/2j_Meff_1200/T5WW.txt";

    @TempDir
    static Path dir;
    static Map<String, Path> files;

    @BeforeAll
    static void unpack() throws Exception {
        files = TxNameFiles.unpack(dir, Set.of(T2TT, T5WW, T5WW_EFF));
    }

    /** Every grid point gives back its own value, except where the map repeats a point with another value. */
    static void assertExactAtGridPoints(Grid g, GridInterpolator ip, String ref) {
        int checked = 0;
        for (int i = 0; i < g.size(); i++) {
            double v = ip.value(g.points()[i]);
            boolean duplicate = false;
            for (int j = 0; j < i && !duplicate; j++) {
                duplicate = java.util.Arrays.equals(g.points()[i], g.points()[j]);
            }
            if (duplicate) {
                continue;
            }
            assertClose(g.values()[i], v, 5e-6, 1e-12 * max(g), ref + " grid point " + i + " (6 significant digits; abs 1e-12 x map max for zeros)");
            checked++;
        }
        assertTrue(checked > 0.9 * g.size(), ref + ": most points are unique");
    }

    @Test
    void t2tt_twoDimensional_exactAtPointsAndNoValueOutside() throws Exception {
        Grid g = TxNameFiles.grid(files.get(T2TT), "upperLimits");
        long t0 = System.nanoTime();
        GridInterpolator ip = GridInterpolator.of(g);
        long t1 = System.nanoTime();
        System.err.printf("T2tt CMS-SUS-16-050: %d points, d=%d, %d simplices, built in %.1f ms%n", g.size(),
                ip.reducedDimension(), ip.simplexCount(), (t1 - t0) / 1e6);
        assertEquals(2, ip.reducedDimension());
        assertExactAtGridPoints(g, ip, "CMS-SUS-16-050 T2tt UL");
        assertEquals(GridInterpolator.NO_VALUE, ip.value(new double[] {5000, 0, 5000, 0}), "far beyond the map");
        assertEquals(GridInterpolator.NO_VALUE, ip.value(new double[] {800, 100, 800, 150}), "asymmetric: off the plane");
        // a stop at 800 GeV, LSP 100 GeV lies well inside the published map
        double v = ip.value(new double[] {800, 100, 800, 100});
        assertTrue(v > 0, "value inside the map");
        timeLookups(ip, new double[] {800, 100, 800, 100}, "T2tt");
    }

    @Test
    void t5ww_threeDimensional_exactAtPointsValidHull() throws Exception {
        Grid g = TxNameFiles.grid(files.get(T5WW), "upperLimits");
        GridInterpolator ip = GridInterpolator.of(g);
        System.err.printf("T5WW ATLAS-SUSY-2016-07: %d points, d=%d, %d simplices%n", g.size(), ip.reducedDimension(),
                ip.simplexCount());
        assertEquals(3, ip.reducedDimension(), "two axis families (x, (x+y)/2, y) and (x, y, 60) span 3 dimensions");
        assertExactAtGridPoints(g, ip, "ATLAS-SUSY-2016-07 T5WW UL");
        assertValidTriangulation(g, ip, "T5WW UL");
    }

    @Test
    void t5wwEfficiency_threeDimensional_exactAtPoints() throws Exception {
        Grid g = TxNameFiles.grid(files.get(T5WW_EFF), "efficiencyMap");
        GridInterpolator ip = GridInterpolator.of(g);
        assertEquals(3, ip.reducedDimension());
        assertExactAtGridPoints(g, ip, "ATLAS-SUSY-2016-07-eff 2j_Meff_1200 T5WW EM");
        assertValidTriangulation(g, ip, "T5WW EM");
    }

    /**
     * A valid triangulation of the hull: the midpoint of any two grid points (inside the hull by convexity) has a
     * value within the map's range, and no point lies strictly inside two simplices (no overlaps). (Across flat
     * slivers of nearly co-planar, co-circular points the two diagonal splits of a cell meet within ~1e-13 GeV;
     * both sides are valid linear interpolations, as with qhull, so a pointwise continuity test is not meaningful
     * there; linear reproduction and continuity are tested on synthetic maps in GridInterpolatorTest.)
     */
    static void assertValidTriangulation(Grid g, GridInterpolator ip, String ref) {
        double max = max(g);
        double min = Double.POSITIVE_INFINITY;
        for (double v : g.values()) {
            min = Math.min(min, v);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        for (int t = 0; t < 2000; t++) {
            double[] a = g.points()[rng.nextInt(g.size())];
            double[] b = g.points()[rng.nextInt(g.size())];
            double f = rng.nextDouble();
            double v = at(ip, a, b, f);
            assertTrue(v >= min && v <= max, ref + ": point inside the hull has a value in the map range, got " + v);
            if (t % 10 == 0) {
                double[] x = new double[a.length];
                for (int j = 0; j < a.length; j++) {
                    x[j] = a[j] + f * (b[j] - a[j]);
                }
                long strict = ip.allContaining(x).stream().filter(r -> {
                    for (int k = 1; k < r.length - 1; k++) {
                        if (r[k] <= 1e-9) {
                            return false;
                        }
                    }
                    return true;
                }).count();
                assertTrue(strict <= 1, ref + ": point strictly inside " + strict + " simplices (overlap)");
            }
        }
    }

    /** 1e-6 of the map maximum plus one rounding quantum of the 6-significant-digit values (<= 1e-5 |v|). */
    static double tol(double tolAbs, double v0, double v1) {
        return tolAbs + 1e-5 * Math.max(Math.abs(v0), Math.abs(v1));
    }

    static double at(GridInterpolator ip, double[] a, double[] b, double f) {
        double[] x = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            x[j] = a[j] + f * (b[j] - a[j]);
        }
        return ip.value(x);
    }

    static double max(Grid g) {
        double m = 0;
        for (double v : g.values()) {
            m = Math.max(m, v);
        }
        return m;
    }

    static void timeLookups(GridInterpolator ip, double[] x, String name) {
        double sink = 0;
        for (int i = 0; i < 200_000; i++) {
            sink += ip.value(x);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 1_000_000; i++) {
            sink += ip.value(x);
        }
        long t1 = System.nanoTime();
        System.err.printf("%s lookup: %.0f ns per call (sink %.3g)%n", name, (t1 - t0) / 1e6, sink);
    }
}

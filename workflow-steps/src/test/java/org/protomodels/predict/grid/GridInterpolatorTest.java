package org.protomodels.predict.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertAbsClose;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.protomodels.database.Grid;
import org.protomodels.database.GridAxis;

class GridInterpolatorTest {
    static List<GridAxis> massAxes(int n) {
        List<GridAxis> axes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            axes.add(new GridAxis("m" + i, "mass", "GeV", i / Math.max(1, n / 2), i % Math.max(1, n / 2), null));
        }
        return axes;
    }

    /** A T2tt-like bracket grid: [[m1, m2], [m1, m2]] on a regular 2D lattice with m2 < m1. */
    static Grid bracketGrid2D(java.util.function.DoubleBinaryOperator f) {
        List<double[]> pts = new ArrayList<>();
        List<Double> vals = new ArrayList<>();
        for (double m1 = 200; m1 <= 1200; m1 += 50) {
            for (double m2 = 0; m2 < m1; m2 += 50) {
                pts.add(new double[] {m1, m2, m1, m2});
                vals.add(f.applyAsDouble(m1, m2));
            }
        }
        return new Grid(massAxes(4), "fb", pts.toArray(new double[0][]), vals.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Test
    void value_linearFunction_reproducedInsideHull() {
        Grid g = bracketGrid2D((m1, m2) -> 1000 + 2 * m1 - 0.5 * m2);
        GridInterpolator ip = GridInterpolator.of(g);
        assertEquals(2, ip.reducedDimension(), "4 coordinates with 2 independent -> 2 after the PCA cut");
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        int inside = 0;
        for (int i = 0; i < 2000; i++) {
            double m1 = 200 + 1000 * rng.nextDouble();
            double m2 = (m1 - 50) * rng.nextDouble();
            if (m2 > m1 - 50 || m1 > 1200) {
                continue;
            }
            double v = ip.value(new double[] {m1, m2, m1, m2});
            // the hull's slanted edge is m2 = m1 - 50 (or -100 where the lattice steps); stay away from it
            if (m2 < m1 - 100) {
                assertTrue(v >= 0, "inside point (" + m1 + "," + m2 + ") has a value");
                assertRelClose(1000 + 2 * m1 - 0.5 * m2, v, 1e-5, "linear function reproduced (6-digit rounding)");
                inside++;
            }
        }
        assertTrue(inside > 500);
    }

    @Test
    void value_atGridPoints_exact() {
        Grid g = bracketGrid2D((m1, m2) -> Math.exp(-m1 / 300) * (1 + m2 * m2 / 1e5));
        GridInterpolator ip = GridInterpolator.of(g);
        for (int i = 0; i < g.size(); i++) {
            assertRelClose(g.values()[i], ip.value(g.points()[i]), 5e-6, "grid point " + i + " (rounded to 6 significant digits: <= 5e-6 rel)");
        }
    }

    @Test
    void value_outsideHullOrOffPlane_noValue() {
        GridInterpolator ip = GridInterpolator.of(bracketGrid2D((m1, m2) -> m1));
        assertEquals(GridInterpolator.NO_VALUE, ip.value(new double[] {1300, 100, 1300, 100}), "beyond m1 = 1200");
        assertEquals(GridInterpolator.NO_VALUE, ip.value(new double[] {500, 480, 500, 480}), "above the diagonal edge");
        assertEquals(GridInterpolator.NO_VALUE, ip.value(new double[] {600, 100, 620, 100}), "asymmetric branches: off the map plane");
        assertTrue(ip.value(new double[] {600, 100, 600, 100}) >= 0);
    }

    @Test
    void value_continuousInside() {
        GridInterpolator ip = GridInterpolator.of(bracketGrid2D((m1, m2) -> Math.exp(-m1 / 300) * 1e4 + m2));
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        for (int i = 0; i < 1000; i++) {
            double m1 = 250 + 900 * rng.nextDouble();
            double m2 = (m1 - 150) * rng.nextDouble();
            double a = ip.value(new double[] {m1, m2, m1, m2});
            double b = ip.value(new double[] {m1 + 1e-3, m2 + 1e-3, m1 + 1e-3, m2 + 1e-3});
            assertTrue(a >= 0 && b >= 0);
            // slope bound: max |grad| ~ 1e4/300 + 1 per GeV -> < 0.05 over 1e-3 GeV, plus rounding
            assertAbsClose(a, b, 0.05 + 1e-5 * Math.abs(a), "continuity over 1e-3 GeV");
        }
    }

    @Test
    void value_oneDimensional_intervals() {
        double[][] pts = {{100}, {300}, {200}, {400}};
        double[] vals = {1, 3, 2, 8};
        GridInterpolator ip = GridInterpolator.of(new Grid(massAxes(1), "fb", pts, vals));
        assertEquals(1, ip.reducedDimension());
        assertRelClose(2.5, ip.value(new double[] {250}), 1e-9, "midpoint of [200,300]");
        assertRelClose(5.5, ip.value(new double[] {350}), 1e-9, "midpoint of [300,400]");
        assertEquals(GridInterpolator.NO_VALUE, ip.value(new double[] {99}));
        assertEquals(GridInterpolator.NO_VALUE, ip.value(new double[] {401}));
    }

    @Test
    void value_threeDimensionalRandom_linearReproduced() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        int n = 400;
        double[][] pts = new double[n][];
        double[] vals = new double[n];
        for (int i = 0; i < n; i++) {
            double x = 1000 * rng.nextDouble();
            double y = 1000 * rng.nextDouble();
            double z = 1000 * rng.nextDouble();
            pts[i] = new double[] {x, y, z};
            vals[i] = 5 + x + 2 * y + 3 * z;
        }
        // the 8 corners make the hull the cube
        int c = 0;
        for (int i = 0; i < 8; i++) {
            double x = (i & 1) * 1000;
            double y = ((i >> 1) & 1) * 1000;
            double z = ((i >> 2) & 1) * 1000;
            pts[c] = new double[] {x, y, z};
            vals[c++] = 5 + x + 2 * y + 3 * z;
        }
        GridInterpolator ip = GridInterpolator.of(new Grid(massAxes(3), "fb", pts, vals));
        assertEquals(3, ip.reducedDimension());
        for (int i = 0; i < 2000; i++) {
            double x = 1000 * rng.nextDouble();
            double y = 1000 * rng.nextDouble();
            double z = 1000 * rng.nextDouble();
            assertRelClose(5 + x + 2 * y + 3 * z, ip.value(new double[] {x, y, z}), 5e-6, "linear in 3D (6-digit rounding)");
        }
    }

    @Test
    void value_widthAxis_logTransformedLinear() {
        // a 1-D map in the width: values linear in ln(1 + w/1e-30) are reproduced exactly
        double[] widths = {1e-20, 1e-17, 1e-14, 1e-11};
        double[][] pts = new double[4][];
        double[] vals = new double[4];
        for (int i = 0; i < 4; i++) {
            pts[i] = new double[] {widths[i]};
            vals[i] = Math.log1p(widths[i] / 1e-30);
        }
        GridInterpolator ip = GridInterpolator.of(new Grid(List.of(new GridAxis("w", "width", "GeV", 0, 0, null)), "", pts, vals));
        double w = 3e-16;
        assertRelClose(Math.log1p(w / 1e-30), ip.value(new double[] {w}), 1e-6, "linear in ln(1+w/1e-30)");
    }

    @Test
    void roundSignificant_sixDigits() {
        assertEquals(123457.0, GridInterpolator.roundSignificant(123456.7, 6));
        assertEquals(0.00123457, GridInterpolator.roundSignificant(0.001234567, 6), 1e-20);
    }
}

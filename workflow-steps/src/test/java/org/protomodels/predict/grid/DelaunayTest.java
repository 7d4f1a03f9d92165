package org.protomodels.predict.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class DelaunayTest {
    static double volume(double[] pts, int d, int[] s) {
        double[][] a = new double[d][d];
        for (int r = 1; r <= d; r++) {
            for (int c = 0; c < d; c++) {
                a[r - 1][c] = pts[s[r] * d + c] - pts[s[0] * d + c];
            }
        }
        double det = new org.apache.commons.math3.linear.LUDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(a)).getDeterminant();
        double f = 1;
        for (int i = 2; i <= d; i++) {
            f *= i;
        }
        return det / f;
    }

    /** Brute force: no input point strictly inside any simplex's circumsphere (the Delaunay property). */
    static void assertEmptyCircumspheres(double[] pts, int n, int d, int[][] simplices) {
        Predicates p = new Predicates(d);
        for (int[] s : simplices) {
            for (int i = 0; i < n; i++) {
                assertTrue(p.inSphere(pts, s, pts, i * d) <= 0, "point " + i + " inside circumsphere of a simplex");
            }
        }
    }

    @Test
    void triangulate_regularSquareGrid_coversSquareAndIsDelaunay() {
        int k = 12;
        double[] pts = new double[k * k * 2];
        int n = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                pts[n * 2] = i * 0.1;
                pts[n * 2 + 1] = j * 0.1;
                n++;
            }
        }
        int[][] simplices = Delaunay.triangulate(pts, n, 2);
        double area = 0;
        for (int[] s : simplices) {
            double v = volume(pts, 2, s);
            assertTrue(v > 0, "positively oriented");
            area += v;
        }
        assertRelClose(1.1 * 1.1, area, 1e-12, "triangles tile the square exactly");
        assertEmptyCircumspheres(pts, n, 2, simplices);
    }

    @Test
    void triangulate_cubicLattice3D_coversCube() {
        int k = 6;
        double[] pts = new double[k * k * k * 3];
        int n = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                for (int l = 0; l < k; l++) {
                    pts[n * 3] = i * 100;
                    pts[n * 3 + 1] = j * 100;
                    pts[n * 3 + 2] = l * 100 + 50;
                    n++;
                }
            }
        }
        int[][] simplices = Delaunay.triangulate(pts, n, 3);
        double vol = 0;
        for (int[] s : simplices) {
            double v = volume(pts, 3, s);
            assertTrue(v > 0, "positively oriented, non-degenerate");
            vol += v;
        }
        assertRelClose(500.0 * 500 * 500, vol, 1e-10, "tetrahedra tile the cube exactly");
        assertEmptyCircumspheres(pts, n, 3, simplices);
    }

    @Test
    void triangulate_randomPoints_delaunayAndDeterministic() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
        int n = 300;
        double[] pts = new double[n * 3];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = rng.nextDouble() * 1000;
        }
        int[][] a = Delaunay.triangulate(pts, n, 3);
        int[][] b = Delaunay.triangulate(pts, n, 3);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i]);
        }
        assertEmptyCircumspheres(pts, n, 3, a);
    }
}

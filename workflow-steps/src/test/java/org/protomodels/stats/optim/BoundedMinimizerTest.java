package org.protomodels.stats.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.protomodels.testing.Assertions2.assertAbsClose;

import org.junit.jupiter.api.Test;

class BoundedMinimizerTest {
    /** Rosenbrock, unconstrained optimum (1, 1). */
    static double rosenbrock(double[] x, double[] g) {
        double a = 1 - x[0];
        double b = x[1] - x[0] * x[0];
        g[0] = -2 * a - 400 * x[0] * b;
        g[1] = 200 * b;
        return a * a + 100 * b * b;
    }

    @Test
    void minimize_rosenbrockInsideBox_findsOptimum() {
        MinimizationResult r = BoundedMinimizer.withDefaults().minimize(BoundedMinimizerTest::rosenbrock,
                new double[] {-1.2, 1}, new double[] {-5, -5}, new double[] {5, 5}, new boolean[2]);
        assertEquals(MinimizationResult.Status.CONVERGED, r.status());
        assertAbsClose(1, r.x()[0], 1e-6, "Rosenbrock optimum x0 (abs 1e-6)");
        assertAbsClose(1, r.x()[1], 1e-6, "Rosenbrock optimum x1 (abs 1e-6)");
    }

    @Test
    void minimize_optimumOutsideBox_stopsOnBound() {
        // f = (x - 3)^2 + (y + 2)^2 on [0, 1] x [-1, 1]: optimum at (1, -1), both bounds active
        MinimizationResult r = BoundedMinimizer.withDefaults().minimize((x, g) -> {
            g[0] = 2 * (x[0] - 3);
            g[1] = 2 * (x[1] + 2);
            return (x[0] - 3) * (x[0] - 3) + (x[1] + 2) * (x[1] + 2);
        }, new double[] {0.5, 0.5}, new double[] {0, -1}, new double[] {1, 1}, new boolean[2]);
        assertEquals(MinimizationResult.Status.CONVERGED, r.status());
        assertEquals(1.0, r.x()[0], "x on its upper bound");
        assertEquals(-1.0, r.x()[1], "y on its lower bound");
    }

    @Test
    void minimize_fixedComponent_keepsItsValue() {
        MinimizationResult r = BoundedMinimizer.withDefaults().minimize(BoundedMinimizerTest::rosenbrock,
                new double[] {0.5, 2}, new double[] {-5, -5}, new double[] {5, 5}, new boolean[] {false, true});
        assertEquals(2.0, r.x()[1], "fixed component");
        double[] g = new double[2];
        rosenbrock(r.x(), g);
        assertAbsClose(0, g[0], 1e-6, "stationary in the free component at y=2 (abs 1e-6)");
    }

    @Test
    void minimize_nonFiniteStart_reportsStatusInsteadOfThrowing() {
        MinimizationResult r = BoundedMinimizer.withDefaults().minimize((x, g) -> Double.NaN, new double[] {1},
                new double[] {0}, new double[] {2}, new boolean[1]);
        assertEquals(MinimizationResult.Status.NON_FINITE, r.status());
    }

    @Test
    void minimize_sameInput_sameBits() {
        double[] x0 = {-1.2, 1};
        MinimizationResult a = BoundedMinimizer.withDefaults().minimize(BoundedMinimizerTest::rosenbrock, x0,
                new double[] {-5, -5}, new double[] {5, 5}, new boolean[2]);
        MinimizationResult b = BoundedMinimizer.withDefaults().minimize(BoundedMinimizerTest::rosenbrock, x0,
                new double[] {-5, -5}, new double[] {5, 5}, new boolean[2]);
        assertEquals(Double.doubleToRawLongBits(a.value()), Double.doubleToRawLongBits(b.value()), "deterministic");
    }

    @Test
    void withMaxIterations_nonPositive_refused() {
        assertThrows(IllegalArgumentException.class, () -> BoundedMinimizer.withDefaults().withMaxIterations(0));
    }
}

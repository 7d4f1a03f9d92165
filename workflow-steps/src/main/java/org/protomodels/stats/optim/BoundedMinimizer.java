package org.protomodels.stats.optim;

/**
 * Deterministic bounded quasi-Newton minimiser (projected L-BFGS with an active set, in the spirit of L-BFGS-B):
 * variables at a bound whose gradient pushes outwards are frozen for the step, the L-BFGS direction is computed
 * on the free ones, and a projected backtracking (Armijo) line search keeps every iterate inside the box.
 * Never throws on numerical trouble: the result carries a status. Not thread-safe (owns work arrays per call).
 */
public final class BoundedMinimizer {
    private final int maxIterations;
    private final double gradientTolerance;
    private final int memory;

    private BoundedMinimizer(int maxIterations, double gradientTolerance, int memory) {
        if (maxIterations <= 0) {
            throw new IllegalArgumentException("maxIterations: must be positive, got " + maxIterations);
        }
        if (!(gradientTolerance > 0)) {
            throw new IllegalArgumentException("gradientTolerance: must be positive, got " + gradientTolerance);
        }
        if (memory <= 0) {
            throw new IllegalArgumentException("memory: must be positive, got " + memory);
        }
        this.maxIterations = maxIterations;
        this.gradientTolerance = gradientTolerance;
        this.memory = memory;
    }

    /** 1000 iterations, projected-gradient tolerance 1e-7 x max(1, |f|) (twice_nll then within ~1e-10 of the optimum), memory 12. */
    public static BoundedMinimizer withDefaults() {
        return new BoundedMinimizer(1000, 1e-7, 12);
    }

    public BoundedMinimizer withMaxIterations(int n) {
        return new BoundedMinimizer(n, gradientTolerance, memory);
    }

    public BoundedMinimizer withGradientTolerance(double tol) {
        return new BoundedMinimizer(maxIterations, tol, memory);
    }

    /**
     * Minimises {@code f} from {@code x0} within [lower, upper]; components with {@code fixed[i]} keep x0[i].
     */
    public MinimizationResult minimize(Objective f, double[] x0, double[] lower, double[] upper, boolean[] fixed) {
        int n = x0.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = fixed != null && fixed[i] ? x0[i] : Math.min(upper[i], Math.max(lower[i], x0[i]));
        }
        double[] g = new double[n];
        double[] gNew = new double[n];
        double[] xNew = new double[n];
        double[] d = new double[n];
        boolean[] free = new boolean[n];
        double[][] s = new double[memory][n];
        double[][] y = new double[memory][n];
        double[] rho = new double[memory];
        double[] alpha = new double[memory];
        int stored = 0;
        int head = 0; // next slot to write
        int evals = 1;
        double fx = f.valueAndGradient(x, g);
        if (!Double.isFinite(fx)) {
            return new MinimizationResult(x, fx, MinimizationResult.Status.NON_FINITE, 0, evals, Double.NaN);
        }
        double pg = Double.NaN;
        int stall = 0;
        for (int it = 0; it < maxIterations; it++) {
            pg = 0;
            for (int i = 0; i < n; i++) {
                boolean fr = !(fixed != null && fixed[i]) && !(x[i] <= lower[i] && g[i] > 0)
                        && !(x[i] >= upper[i] && g[i] < 0);
                free[i] = fr;
                if (fr) {
                    pg = Math.max(pg, Math.abs(g[i]));
                }
            }
            double tol = gradientTolerance * Math.max(1, Math.abs(fx));
            if (pg <= tol) {
                return new MinimizationResult(x, fx, MinimizationResult.Status.CONVERGED, it, evals, pg);
            }
            // two-loop recursion on the free subspace
            for (int i = 0; i < n; i++) {
                d[i] = free[i] ? g[i] : 0;
            }
            for (int k = 0; k < stored; k++) {
                int j = Math.floorMod(head - 1 - k, memory);
                double a = rho[j] * dotFree(s[j], d, free);
                alpha[j] = a;
                for (int i = 0; i < n; i++) {
                    if (free[i]) {
                        d[i] -= a * y[j][i];
                    }
                }
            }
            double gamma = 1;
            if (stored > 0) {
                int j = Math.floorMod(head - 1, memory);
                double yy = dotFree(y[j], y[j], free);
                double sy = dotFree(s[j], y[j], free);
                gamma = yy > 0 && sy > 0 ? sy / yy : 1 / Math.max(1, pg);
            } else {
                gamma = 1 / Math.max(1, pg);
            }
            for (int i = 0; i < n; i++) {
                d[i] *= gamma;
            }
            for (int k = stored - 1; k >= 0; k--) {
                int j = Math.floorMod(head - 1 - k, memory);
                double b = rho[j] * dotFree(y[j], d, free);
                for (int i = 0; i < n; i++) {
                    if (free[i]) {
                        d[i] += s[j][i] * (alpha[j] - b);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                d[i] = -d[i];
            }
            double slope = dotFree(g, d, free);
            if (!(slope < 0)) {
                // not a descent direction: restart from scaled steepest descent
                stored = 0;
                for (int i = 0; i < n; i++) {
                    d[i] = free[i] ? -g[i] / Math.max(1, pg) : 0;
                }
            }
            // projected backtracking line search
            double t = 1;
            double fNew = Double.NaN;
            boolean accepted = false;
            for (int ls = 0; ls < 60; ls++) {
                double decrease = 0;
                boolean moved = false;
                for (int i = 0; i < n; i++) {
                    double v = x[i] + t * d[i];
                    v = free[i] ? Math.min(upper[i], Math.max(lower[i], v)) : x[i];
                    xNew[i] = v;
                    decrease += g[i] * (v - x[i]);
                    moved |= v != x[i];
                }
                if (!moved) {
                    break;
                }
                fNew = f.valueAndGradient(xNew, gNew);
                evals++;
                if (Double.isFinite(fNew) && fNew <= fx + 1e-4 * decrease) {
                    accepted = true;
                    break;
                }
                t *= Double.isFinite(fNew) ? 0.5 : 0.1;
            }
            if (!accepted) {
                if (stored > 0) {
                    stored = 0; // forget curvature and retry with steepest descent
                    continue;
                }
                MinimizationResult.Status st = pg <= 10 * tol ? MinimizationResult.Status.CONVERGED
                        : MinimizationResult.Status.LINE_SEARCH_FAILED;
                return new MinimizationResult(x, fx, st, it, evals, pg);
            }
            double sy = 0;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double si = xNew[i] - x[i];
                double yi = gNew[i] - g[i];
                s[head][i] = si;
                y[head][i] = yi;
                sy += si * yi;
                ss += si * si;
            }
            if (sy > 1e-12 * ss && sy > 0) {
                rho[head] = 1 / sy;
                head = (head + 1) % memory;
                stored = Math.min(stored + 1, memory);
            }
            stall = fx - fNew <= 1e-15 * Math.abs(fx) ? stall + 1 : 0;
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            if (stall >= 5 && pg <= 10 * tol) {
                return new MinimizationResult(x, fx, MinimizationResult.Status.CONVERGED, it + 1, evals, pg);
            }
        }
        return new MinimizationResult(x, fx, MinimizationResult.Status.MAX_ITERATIONS, maxIterations, evals, pg);
    }

    private static double dotFree(double[] a, double[] b, boolean[] free) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            if (free[i]) {
                s += a[i] * b[i];
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return "BoundedMinimizer[maxIterations=" + maxIterations + ", gtol=" + gradientTolerance + ", m=" + memory
                + "]";
    }
}

package org.protomodels.stats.optim;

import java.util.Objects;

/** Outcome of a minimisation: the best point found, its value, and how the run ended. */
public record MinimizationResult(double[] x, double value, Status status, int iterations, int evaluations,
        double projectedGradient) {

    public enum Status {
        /** Projected gradient below tolerance. */
        CONVERGED,
        /** Iteration limit reached. */
        MAX_ITERATIONS,
        /** No decrease found along the search direction, gradient not small. */
        LINE_SEARCH_FAILED,
        /** The objective was not finite at the start point. */
        NON_FINITE
    }

    public MinimizationResult {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(status, "status");
        x = x.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    public boolean converged() {
        return status == Status.CONVERGED;
    }
}

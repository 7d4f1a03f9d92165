package org.protomodels.stats.optim;

/** A smooth function to minimise, with its analytic gradient. */
@FunctionalInterface
public interface Objective {
    /** Returns f(x) and writes grad f(x) into {@code gradient}. */
    double valueAndGradient(double[] x, double[] gradient);
}

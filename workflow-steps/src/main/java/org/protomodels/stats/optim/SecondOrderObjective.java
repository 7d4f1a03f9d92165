package org.protomodels.stats.optim;

/** An objective that also provides a positive semi-definite curvature matrix (exact Hessian or Fisher information). */
public interface SecondOrderObjective extends Objective {
    /** Returns f(x), writes the gradient and the curvature matrix (row-major n x n). */
    double valueGradientCurvature(double[] x, double[] gradient, double[] curvature);
}

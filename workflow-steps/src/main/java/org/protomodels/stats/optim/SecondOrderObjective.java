package org.protomodels.stats.optim;

/**
 * An objective with second-order information: a positive semi-definite curvature matrix (e.g. Fisher information)
 * that is safe far from the minimum, and optionally the exact Hessian for fast convergence close to it.
 */
public interface SecondOrderObjective extends Objective {
    /** Returns f(x), writes the gradient and the PSD curvature matrix (row-major n x n). */
    double valueGradientCurvature(double[] x, double[] gradient, double[] curvature);

    /** Returns f(x), writes the gradient and the exact Hessian; defaults to the curvature matrix. */
    default double valueGradientHessian(double[] x, double[] gradient, double[] hessian) {
        return valueGradientCurvature(x, gradient, hessian);
    }
}

package org.protomodels.stats.model;

/** A likelihood that also provides second derivatives of -ln L: Fisher information and exact Hessian. */
public interface SecondOrderLikelihood extends Likelihood {
    /**
     * Returns ln L, writes d ln L / d pars into {@code gradient} and the Fisher information matrix of -ln L
     * (row-major, dimension x dimension) into {@code fisher}; no allocation.
     */
    double logPdfGradientFisher(double[] pars, double[] gradient, double[] fisher);

    /** As {@link #logPdfGradientFisher} but with the exact Hessian of -ln L (may be indefinite away from a minimum). */
    double logPdfGradientHessian(double[] pars, double[] gradient, double[] hessian);
}

package org.protomodels.stats.model;

/** A likelihood that also provides the Fisher information of -ln L (expected second derivatives). */
public interface FisherLikelihood extends Likelihood {
    /**
     * Returns ln L, writes d ln L / d pars into {@code gradient} and the Fisher information matrix of -ln L
     * (row-major, dimension x dimension) into {@code fisher}; no allocation.
     */
    double logPdfGradientFisher(double[] pars, double[] gradient, double[] fisher);
}

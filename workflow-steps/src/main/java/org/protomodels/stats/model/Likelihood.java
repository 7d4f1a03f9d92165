package org.protomodels.stats.model;

/**
 * log L(pars) of a model bound to one data set. Implementations reuse internal buffers: evaluate from one thread
 * at a time (create one per thread).
 */
public interface Likelihood {
    int dimension();

    double logPdf(double[] pars);

    /** Returns log L and writes d logL / d pars into {@code gradient}; no allocation. */
    double logPdfAndGradient(double[] pars, double[] gradient);
}

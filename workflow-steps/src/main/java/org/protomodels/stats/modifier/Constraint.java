package org.protomodels.stats.modifier;

/** Kind of auxiliary-measurement term constraining a parameter set. */
public enum Constraint {
    /** Free parameter (normfactor, shapefactor). */
    NONE,
    /** Gaussian: Normal(aux | theta, sigma) (normsys, histosys, lumi, staterror). */
    NORMAL,
    /** Poisson: Poisson(aux | theta * tau) (shapesys). */
    POISSON
}

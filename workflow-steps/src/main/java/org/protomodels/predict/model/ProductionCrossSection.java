package org.protomodels.predict.model;

/**
 * A production cross section of the signed sorted pair (pdg1, pdg2) at sqrt(s) (TeV), in fb, already multiplied by
 * the SSM; {@code order} is the SModelS perturbative order code (LO=0, NLO=1, NLL=2, NNLL=3), {@code comment}
 * says which table it came from.
 */
public record ProductionCrossSection(int pdg1, int pdg2, double sqrtsTeV, int order, double sigmaFb, String comment) {
    public ProductionCrossSection {
        if (pdg1 > pdg2) {
            throw new IllegalArgumentException("pdg1: pair must be sorted, got (" + pdg1 + ", " + pdg2 + ")");
        }
        if (!(sqrtsTeV > 0)) {
            throw new IllegalArgumentException("sqrtsTeV: must be > 0, got " + sqrtsTeV);
        }
        if (order < 0 || order > 3) {
            throw new IllegalArgumentException("order: must be 0..3, got " + order);
        }
        if (!Double.isFinite(sigmaFb) || sigmaFb < 0) {
            throw new IllegalArgumentException("sigmaFb: must be finite and >= 0, got " + sigmaFb);
        }
    }
}

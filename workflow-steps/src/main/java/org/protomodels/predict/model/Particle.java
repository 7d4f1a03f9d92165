package org.protomodels.predict.model;

/**
 * One BSM particle of the protomodel particle set (spec 1.1): PDG id, X-notation name, SModelS label, electric
 * charge in units of e/3 (integers avoid rounding in charge-conservation checks), colour representation and whether
 * it has a distinct antiparticle (the {@code hasAntiParticle} rule used for SSM bookkeeping).
 */
public record Particle(int pdg, String name, String label, int chargeThirds, int colour, boolean distinctAntiparticle) {
    public Particle {
        if (pdg <= 0) {
            throw new IllegalArgumentException("pdg: must be a positive PDG id, got " + pdg);
        }
        if (colour != 1 && colour != 3 && colour != 8) {
            throw new IllegalArgumentException("colour: must be 1, 3 or 8, got " + colour);
        }
    }

    public boolean selfConjugate() {
        return !distinctAntiparticle;
    }

    public double charge() {
        return chargeThirds / 3.0;
    }
}

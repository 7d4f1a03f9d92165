package org.protomodels.predict.model;

/**
 * A signal-strength multiplier for the production pair (pdg1, pdg2), signed ids with pdg1 <= pdg2 (spec 1.5):
 * sigma(pp -> pdg1 pdg2) = sigma_ref x value.
 */
public record SignalStrength(int pdg1, int pdg2, double value) {
}

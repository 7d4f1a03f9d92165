package org.protomodels.closure;

import java.util.Map;

/**
 * What one walker of one fake ended with: its best accepted protomodel (K and masses in GeV) and whether every
 * injected particle is in it with a mass within the tolerance.
 */
public record WalkerOutcome(int fake, int walker, Double k, Map<Integer, Double> masses, boolean found) {
    public WalkerOutcome {
        masses = Map.copyOf(masses);
    }

    /** True when every injected particle is present with |m - m_injected| <= tolerance x m_injected. */
    static boolean found(Map<Integer, Double> injected, Map<Integer, Double> masses, double tolerance) {
        for (var e : injected.entrySet()) {
            Double m = masses.get(e.getKey());
            if (m == null || Math.abs(m - e.getValue()) > tolerance * e.getValue()) {
                return false;
            }
        }
        return true;
    }
}

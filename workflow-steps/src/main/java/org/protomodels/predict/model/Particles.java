package org.protomodels.predict.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed particle set of spec 1.1 ("manysquark" configuration, 20 BSM particles) and the SM particles that
 * appear as decay products, with the SM masses used for channel thresholds (spec 1.3 rule 2).
 */
public final class Particles {
    public static final int LSP = 1000022;

    public static final List<Particle> BSM = List.of(
            new Particle(1000001, "X_d", "sd_L", -1, 3, true),
            new Particle(1000002, "X_u", "su_L", 2, 3, true),
            new Particle(1000003, "X_s", "ss_L", -1, 3, true),
            new Particle(1000004, "X_c", "sc_L", 2, 3, true),
            new Particle(1000005, "X_b", "sb_1", -1, 3, true),
            new Particle(2000005, "X_b^2", "sb_2", -1, 3, true),
            new Particle(1000006, "X_t", "st_1", 2, 3, true),
            new Particle(2000006, "X_t^2", "st_2", 2, 3, true),
            new Particle(1000011, "X_e", "se_L", -3, 1, true),
            new Particle(1000012, "X_nu^e", "sne_L", 0, 1, false),
            new Particle(1000013, "X_mu", "smu_L", -3, 1, true),
            new Particle(1000014, "X_nu^mu", "snmu_L", 0, 1, false),
            new Particle(1000015, "X_tau", "sta_1", -3, 1, true),
            new Particle(1000016, "X_nu^tau", "snta_L", 0, 1, false),
            new Particle(1000021, "X_g", "gluino", 0, 8, false),
            new Particle(1000022, "X_Z^1", "N1", 0, 1, false),
            new Particle(1000023, "X_Z^2", "N2", 0, 1, false),
            new Particle(1000025, "X_Z^3", "N3", 0, 1, false),
            new Particle(1000024, "X_W^1", "C1+", 3, 1, true),
            new Particle(1000037, "X_W^2", "C2+", 3, 1, true));

    /** SM decay products: PDG id -> charge in e/3 (of the particle, positive id). */
    private static final Map<Integer, Integer> SM_CHARGE = Map.ofEntries(
            Map.entry(1, -1), Map.entry(2, 2), Map.entry(3, -1), Map.entry(4, 2), Map.entry(5, -1), Map.entry(6, 2),
            Map.entry(11, -3), Map.entry(12, 0), Map.entry(13, -3), Map.entry(14, 0), Map.entry(15, -3), Map.entry(16, 0),
            Map.entry(21, 0), Map.entry(22, 0), Map.entry(23, 0), Map.entry(24, 3), Map.entry(25, 0));

    /** SM masses (GeV) used for the channel-opening threshold, spec 1.3 rule 2; others count as 0. */
    private static final Map<Integer, Double> SM_MASS = Map.of(6, 173.0, 24, 81.0, 23, 92.0, 25, 125.0,
            15, 1.77, 4, 1.2, 5, 5.0);

    private static final Map<Integer, Particle> BY_PDG;

    static {
        Map<Integer, Particle> m = new LinkedHashMap<>();
        for (Particle p : BSM) {
            m.put(p.pdg(), p);
        }
        BY_PDG = Map.copyOf(m);
    }

    private Particles() {
    }

    public static boolean isBsm(int absPdg) {
        return BY_PDG.containsKey(absPdg);
    }

    public static boolean isSm(int absPdg) {
        return SM_CHARGE.containsKey(absPdg);
    }

    /** The BSM particle with this (positive) PDG id, or null. */
    public static Particle bsm(int absPdg) {
        return BY_PDG.get(absPdg);
    }

    /** True for SM particles and BSM particles that have a distinct antiparticle (their negative id exists). */
    public static boolean hasAntiparticle(int absPdg) {
        Particle p = BY_PDG.get(absPdg);
        if (p != null) {
            return p.distinctAntiparticle();
        }
        // SM: the neutral self-conjugate bosons have no distinct antiparticle; neutrinos keep theirs (label 'nu' covers both)
        return !(absPdg == 21 || absPdg == 22 || absPdg == 23 || absPdg == 25);
    }

    /** Charge in e/3 of a signed PDG id (BSM or SM). */
    public static int chargeThirds(int pdg) {
        int a = Math.abs(pdg);
        Integer q = BY_PDG.containsKey(a) ? Integer.valueOf(BY_PDG.get(a).chargeThirds()) : SM_CHARGE.get(a);
        if (q == null) {
            throw new IllegalArgumentException("pdg: unknown particle " + pdg);
        }
        return pdg < 0 ? -q : q;
    }

    /** Mass of an SM particle for thresholds (0 for the light ones). */
    public static double smMass(int absPdg) {
        return SM_MASS.getOrDefault(absPdg, 0.0);
    }
}

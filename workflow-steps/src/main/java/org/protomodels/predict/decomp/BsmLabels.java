package org.protomodels.predict.decomp;

import java.util.Map;
import java.util.Set;
import org.protomodels.predict.model.Particle;
import org.protomodels.predict.model.Particles;

/**
 * BSM labels of graph-notation constraints (SModelS 3 {@code databaseParticles}): each label stands for the BSM
 * particles with the given quantum numbers, and only the quantum numbers the label defines are compared (spec 3.2.3):
 * {@code MET} is any electrically neutral colour singlet, {@code gluino} a neutral colour-octet fermion,
 * {@code C1+} a charge +1 colour-singlet fermion, {@code Zprime} a neutral colour-singlet vector, and so on;
 * {@code anyBSM} and {@code *} accept every BSM particle.
 */
public final class BsmLabels {
    private BsmLabels() {
    }

    /** Quantum numbers a label requires; null fields are not compared. Charges in e/3, spin as 2 x spin. */
    private record Requirement(Set<Integer> chargeThirds, Integer colour, Integer twiceSpin) {
        boolean accepts(int chargeThirds, int colour, int twiceSpin) {
            return (this.chargeThirds == null || this.chargeThirds.contains(chargeThirds))
                    && (this.colour == null || this.colour == colour)
                    && (this.twiceSpin == null || this.twiceSpin == twiceSpin);
        }
    }

    private static final Requirement ANY = new Requirement(null, null, null);

    private static final Map<String, Requirement> LABELS = Map.ofEntries(
            Map.entry("anyBSM", ANY),
            Map.entry("*", ANY),
            Map.entry("MET", new Requirement(Set.of(0), 1, null)),
            Map.entry("HSCP+", new Requirement(Set.of(3), 1, null)),
            Map.entry("HSCP-", new Requirement(Set.of(-3), 1, null)),
            Map.entry("HSCP", new Requirement(Set.of(3, -3), 1, null)),
            Map.entry("RHadronG", new Requirement(Set.of(0), 8, null)),
            Map.entry("RHadronU+", new Requirement(Set.of(2), 3, null)),
            Map.entry("RHadronU", new Requirement(Set.of(2, -2), 3, null)),
            Map.entry("RHadronD-", new Requirement(Set.of(-1), 3, null)),
            Map.entry("RHadronD", new Requirement(Set.of(1, -1), 3, null)),
            Map.entry("RHadronQ", new Requirement(Set.of(2, -2, 1, -1), 3, null)),
            Map.entry("gluino", new Requirement(Set.of(0), 8, 1)),
            Map.entry("C1+", new Requirement(Set.of(3), 1, 1)),
            Map.entry("C1-", new Requirement(Set.of(-3), 1, 1)),
            Map.entry("C1", new Requirement(Set.of(3, -3), 1, 1)),
            Map.entry("H+", new Requirement(Set.of(3), 1, 0)),
            Map.entry("H-", new Requirement(Set.of(-3), 1, 0)),
            Map.entry("Hpm", new Requirement(Set.of(3, -3), 1, 0)),
            Map.entry("Zprime", new Requirement(Set.of(0), 1, 2)),
            Map.entry("Vprime", new Requirement(null, 1, 2)),
            Map.entry("H0", new Requirement(Set.of(0), 1, 0)));

    /** Is {@code label} a BSM label of the database particle definitions? */
    public static boolean known(String label) {
        return LABELS.containsKey(label);
    }

    /** Does {@code label} accept every BSM particle (so matching need not look at the particle)? */
    public static boolean acceptsAll(String label) {
        return LABELS.get(label) == ANY;
    }

    /** Does BSM label {@code label} accept the particle with signed PDG id {@code pdg} (0: unknown, only wildcards)? */
    public static boolean matches(String label, int pdg) {
        Requirement r = LABELS.get(label);
        if (r == null) {
            return false;
        }
        if (r == ANY) {
            return true;
        }
        Particle p = pdg == 0 ? null : Particles.bsm(Math.abs(pdg));
        if (p == null) {
            return false;
        }
        int q = pdg < 0 ? -p.chargeThirds() : p.chargeThirds();
        return r.accepts(q, p.colour(), twiceSpin(p.pdg()));
    }

    /** 2 x spin of a protomodel particle: sfermions (PDG x0000yy with yy <= 16) are scalars, the rest fermions. */
    static int twiceSpin(int absPdg) {
        return absPdg % 1000000 <= 16 ? 0 : 1;
    }
}

package org.protomodels.report;

import java.util.List;
import java.util.Map;
import org.protomodels.predict.model.Particle;
import org.protomodels.predict.model.Particles;

/** Readable names of particles for tables and plots. */
final class Names {
    private static final Map<Integer, String> SM = Map.ofEntries(Map.entry(1, "d"), Map.entry(2, "u"), Map.entry(3, "s"),
            Map.entry(4, "c"), Map.entry(5, "b"), Map.entry(6, "t"), Map.entry(11, "e"), Map.entry(12, "ν_e"),
            Map.entry(13, "μ"), Map.entry(14, "ν_μ"), Map.entry(15, "τ"), Map.entry(16, "ν_τ"), Map.entry(21, "g"),
            Map.entry(22, "γ"), Map.entry(23, "Z"), Map.entry(24, "W"), Map.entry(25, "h"));

    private Names() {
    }

    /** X-notation name of a signed PDG id ("anti-X_t" for -1000006), SM symbols for SM ids, else "PDG n". */
    static String of(int pdg) {
        int a = Math.abs(pdg);
        Particle p = Particles.bsm(a);
        if (p != null) {
            return (pdg < 0 ? "anti-" : "") + p.name();
        }
        String sm = SM.get(a);
        return sm != null ? sm : "PDG " + pdg;
    }

    /** SModelS label of a BSM id ("st_1"), or "" if unknown. */
    static String label(int pdg) {
        Particle p = Particles.bsm(Math.abs(pdg));
        return p == null ? "" : p.label();
    }

    static String list(List<Integer> pdgs) {
        StringBuilder sb = new StringBuilder();
        for (int id : pdgs) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(of(id));
        }
        return sb.toString();
    }
}

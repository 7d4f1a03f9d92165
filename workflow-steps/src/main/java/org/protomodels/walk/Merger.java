package org.protomodels.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merging of nearby particles (spec 2.4, "simplifyModel"): within the merger groups, repeatedly the unfrozen pair
 * with the smallest mass gap below {@code mergeDistance} is merged into the lower PDG id. SSMs follow the intended
 * rule of quirk 9 with equal reference cross sections inside a group (each group shares one table, evaluated at the
 * merged mass): the p1 process gets SSM(p1) + SSM(p2), a process that existed only for p2 keeps p2's SSM.
 */
final class Merger {
    static final int[][] GROUPS = {{1000001, 1000002, 1000003, 1000004}, {1000005, 2000005}, {1000006, 2000006},
        {1000024, 1000037}, {1000023, 1000025}};

    private Merger() {
    }

    /** A merged copy of {@code d}, or null when no pair can be merged. */
    static ModelDraft merge(ModelDraft d) {
        ModelDraft c = d.copy();
        boolean merged = false;
        while (true) {
            int[] best = null;
            double bestGap = Double.POSITIVE_INFINITY;
            for (int[] g : GROUPS) {
                for (int i = 0; i < g.length; i++) {
                    for (int j = i + 1; j < g.length; j++) {
                        int p1 = g[i];
                        int p2 = g[j];
                        if (!c.unfrozen(p1) || !c.unfrozen(p2)) {
                            continue;
                        }
                        double gap = Math.abs(c.masses.get(p1) - c.masses.get(p2));
                        if (gap < c.settings.mergeDistance() && gap < bestGap && allowed(c, p1, p2)) {
                            best = new int[] {p1, p2};
                            bestGap = gap;
                        }
                    }
                }
            }
            if (best == null) {
                break;
            }
            mergeInto(c, best[0], best[1]);
            merged = true;
        }
        return merged ? c : null;
    }

    /** Refused when the lower id is the heavier, or the merged mass leaves p1's interval or hits the stop corridor. */
    private static boolean allowed(ModelDraft c, int p1, int p2) {
        double m1 = c.masses.get(p1);
        double m2 = c.masses.get(p2);
        if (m1 > m2) {
            return false;
        }
        double m = (m1 + m2) / 2;
        ModelDraft probe = c.copy();
        probe.masses.remove(p2);
        double[] iv = probe.interval(p1);
        return m >= iv[0] && m <= iv[1] && !probe.corridorVeto(p1, m);
    }

    private static void mergeInto(ModelDraft c, int p1, int p2) {
        c.masses.put(p1, (c.masses.get(p1) + c.masses.get(p2)) / 2);
        // decays of p2 join p1 where p1 has the channel
        TreeMap<List<Integer>, Double> d1 = c.decays.computeIfAbsent(p1, x -> new TreeMap<>(ModelDraft.KEY_ORDER));
        TreeMap<List<Integer>, Double> d2 = c.decays.getOrDefault(p2, new TreeMap<>(ModelDraft.KEY_ORDER));
        for (var e : d2.entrySet()) {
            if (Channels.groupOf(p1, e.getKey()) != null) {
                d1.merge(e.getKey(), e.getValue(), Double::sum);
            }
        }
        c.normalise(p1);
        // decays into p2 are redirected to p1 where the mother has that channel
        for (var me : c.decays.entrySet()) {
            int mother = me.getKey();
            if (mother == p2) {
                continue;
            }
            TreeMap<List<Integer>, Double> t = me.getValue();
            List<List<Integer>> into = new ArrayList<>();
            for (List<Integer> k : t.keySet()) {
                if (k.contains(p2)) {
                    into.add(k);
                }
            }
            for (List<Integer> k : into) {
                double br = t.remove(k);
                List<Integer> nk = new ArrayList<>(k);
                nk.replaceAll(x -> x == p2 ? p1 : x);
                if (mother != p1 && Channels.groupOf(mother, nk) != null) {
                    t.merge(List.copyOf(nk), br, Double::sum);
                }
            }
            c.normalise(mother);
        }
        // SSMs: p2 processes map onto p1 processes (values add; only-p2 processes copy)
        Map<SsmPair, Double> moved = new TreeMap<>();
        for (var e : c.ssms.entrySet()) {
            SsmPair k = e.getKey();
            if (k.involves(p2)) {
                int a = Math.abs(k.pdg1()) == p2 ? Integer.signum(k.pdg1()) * p1 : k.pdg1();
                int b = Math.abs(k.pdg2()) == p2 ? Integer.signum(k.pdg2()) * p1 : k.pdg2();
                moved.merge(SsmPair.of(a, b), e.getValue(), Double::sum);
            }
        }
        c.ssms.keySet().removeIf(k -> k.involves(p2));
        moved.forEach((k, v) -> c.ssms.merge(k, v, (x, y) -> Math.min(c.settings.ssmRescaleCap(), x + y)));
        c.moves.add("merge " + p1 + " " + p2);
        c.freeze(p2, true, "freeze-merged");
        c.cleanBranchings();
    }
}

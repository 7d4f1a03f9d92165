package org.protomodels.walk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.protomodels.predict.model.DecayTemplate;

/**
 * The allowed decay channels of spec 1.3 (template {@code template1g.slha}) and the opening rule. A channel key is
 * the |PDG| list of the daughters, BSM daughter first; channels that share one BR form a {@link Group} (only the
 * off-shell lepton channels of N2 and C1: e, mu, tau share one value).
 *
 * <p>Opening rule: every BSM daughter unfrozen; the sum of daughter masses (SM masses of spec 1.3) below the
 * mother's; 3-body channels of N2 and C1 only when the mother is off-shell. With {@code gluinoThreeBody} (quirk 1,
 * both profiles) the gluino's 3-body channels open like any other; without it every other 3-body channel is closed,
 * as in develop.
 */
public final class Channels {
    public static final int N1 = 1000022;
    public static final int N2 = 1000023;
    public static final int N3 = 1000025;
    public static final int C1 = 1000024;
    public static final int C2 = 1000037;
    public static final int GLUINO = 1000021;
    /** m_Z + Gamma_Z and m_W + Gamma_W (spec 1.2): the on/off-shell boundaries of N2 and C1. */
    public static final double N2_OFFSHELL = 91.1876 + 0.0021;
    public static final double C1_OFFSHELL = 80.377 + 0.012;

    /** Channels sharing one BR value (each channel carries it). */
    public record Group(List<List<Integer>> keys) {
        public Group {
            keys = List.copyOf(keys);
        }

        public int size() {
            return keys.size();
        }

        public boolean threeBody() {
            return keys.get(0).size() == 3;
        }
    }

    private static final Map<Integer, List<Group>> TABLE = build();

    private Channels() {
    }

    private static List<Integer> k(int... ids) {
        List<Integer> l = new ArrayList<>();
        for (int i : ids) {
            l.add(i);
        }
        return List.copyOf(l);
    }

    private static void put(Map<Integer, List<Group>> t, int mother, List<List<Integer>> singles) {
        List<Group> g = new ArrayList<>(t.getOrDefault(mother, List.of()));
        for (List<Integer> key : singles) {
            g.add(new Group(List.of(key)));
        }
        t.put(mother, g);
    }

    private static Map<Integer, List<Group>> build() {
        Map<Integer, List<Group>> t = new TreeMap<>();
        // light squarks: (quark, partner quark for the chargino channel)
        int[][] squarks = {{1000001, 1, 2}, {1000002, 2, 1}, {1000003, 3, 4}, {1000004, 4, 3}};
        for (int[] s : squarks) {
            put(t, s[0], List.of(k(N1, s[1]), k(N2, s[1]), k(N3, s[1]), k(C1, s[2]), k(C2, s[2]), k(GLUINO, s[1])));
        }
        for (int sb : new int[] {1000005, 2000005}) {
            put(t, sb, List.of(k(N1, 5), k(N2, 5), k(N3, 5), k(C1, 6), k(C2, 6), k(GLUINO, 5), k(1000006, 24)));
        }
        put(t, 1000006, List.of(k(N1, 6), k(N2, 6), k(C1, 5), k(C2, 5), k(GLUINO, 6), k(1000005, 24)));
        put(t, 2000006, List.of(k(N1, 6), k(N2, 6), k(C1, 5), k(C2, 5), k(GLUINO, 6), k(1000005, 24), k(1000006, 23)));
        // sleptons (lepton, neutrino) and sneutrinos
        int[][] sleptons = {{1000011, 11, 12}, {1000013, 13, 14}, {1000015, 15, 16}};
        for (int[] s : sleptons) {
            put(t, s[0], List.of(k(N1, s[1]), k(N2, s[1]), k(N3, s[1]), k(C1, s[2]), k(C2, s[2])));
            put(t, s[0] + 1, List.of(k(N1, s[2]), k(N2, s[2]), k(N3, s[2]), k(C1, s[1]), k(C2, s[1])));
        }
        List<List<Integer>> g = new ArrayList<>(List.of(k(N1, 21), k(N2, 21), k(N3, 21), k(1000001, 1), k(1000002, 2),
                k(1000003, 3), k(1000004, 4), k(1000005, 5), k(1000006, 6), k(2000005, 5), k(2000006, 6)));
        for (int n : new int[] {N1, N2, N3}) {
            for (int q : new int[] {1, 4, 5, 6}) {
                g.add(k(n, q, q));
            }
        }
        for (int c : new int[] {C1, C2}) {
            g.add(k(c, 1, 2));
            g.add(k(c, 3, 4));
            g.add(k(c, 5, 6));
        }
        put(t, GLUINO, g);
        put(t, N2, List.of(k(N1, 23), k(N1, 25), k(C1, 24), k(N1, 2, 2), k(N1, 5, 5)));
        List<Group> n2 = new ArrayList<>(t.get(N2));
        n2.add(new Group(List.of(k(N1, 11, 11), k(N1, 13, 13), k(N1, 15, 15))));
        t.put(N2, n2);
        put(t, N3, List.of(k(N1, 23), k(N1, 25), k(N2, 23), k(N2, 25), k(C1, 24)));
        put(t, C1, List.of(k(N1, 24), k(N2, 24), k(N1, 2, 1)));
        List<Group> c1 = new ArrayList<>(t.get(C1));
        c1.add(new Group(List.of(k(N1, 11, 12), k(N1, 13, 14), k(N1, 15, 16))));
        t.put(C1, c1);
        put(t, C2, List.of(k(N1, 24), k(N2, 24), k(C1, 23), k(C1, 25)));
        Map<Integer, List<Group>> out = new TreeMap<>();
        t.forEach((m, l) -> {
            for (Group gr : l) {
                for (List<Integer> key : gr.keys()) {
                    DecayTemplate.signedDaughters(m, key); // every line conserves charge (fails at class load if not)
                }
            }
            out.put(m, List.copyOf(l));
        });
        return Collections.unmodifiableMap(out);
    }

    /** Every channel group of {@code mother} in template order (empty for the LSP). */
    public static List<Group> groups(int mother) {
        return TABLE.getOrDefault(mother, List.of());
    }

    /** The group holding channel {@code key} of {@code mother}, or null if the template has no such line. */
    public static Group groupOf(int mother, List<Integer> key) {
        for (Group g : groups(mother)) {
            if (g.keys().contains(key)) {
                return g;
            }
        }
        return null;
    }

    /** True when N2 or C1 sits below its on-shell boundary (m_Z + Gamma_Z, m_W + Gamma_W above the LSP). */
    public static boolean offShell(int pdg, Map<Integer, Double> masses) {
        Double m = masses.get(pdg);
        Double lsp = masses.get(N1);
        if (m == null || lsp == null) {
            return false;
        }
        if (pdg == N2) {
            return m - lsp < N2_OFFSHELL;
        }
        if (pdg == C1) {
            return m - lsp < C1_OFFSHELL;
        }
        return false;
    }

    /** The opening rule for one channel of an unfrozen mother. */
    public static boolean open(int mother, List<Integer> key, Map<Integer, Double> masses, boolean gluinoThreeBody) {
        Double mm = masses.get(mother);
        if (mm == null) {
            return false;
        }
        if (key.size() == 3) {
            boolean ewkino = mother == N2 || mother == C1;
            if (ewkino && !offShell(mother, masses)) {
                return false;
            }
            if (!ewkino && !(gluinoThreeBody && mother == GLUINO)) {
                return false;
            }
        }
        return DecayTemplate.thresholdMass(key, masses) < mm;
    }

    /** The groups of {@code mother} with every channel open (a group opens or closes as a whole). */
    public static List<Group> openGroups(int mother, Map<Integer, Double> masses, boolean gluinoThreeBody) {
        List<Group> out = new ArrayList<>();
        for (Group g : groups(mother)) {
            boolean all = true;
            for (List<Integer> key : g.keys()) {
                all &= open(mother, key, masses, gluinoThreeBody);
            }
            if (all) {
                out.add(g);
            }
        }
        return out;
    }
}

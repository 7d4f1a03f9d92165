package org.protomodels.predict.decomp;

import java.util.Map;
import java.util.Set;

/**
 * SModelS (bracket-notation) labels of SM particles and the inclusive labels of database constraints (spec 12.3).
 * Model elements carry exact labels ({@code t+}, {@code W-}, {@code e+}, {@code q}, {@code b}, ...); a constraint
 * label matches an element label if equal or if it is an inclusive label whose set contains it.
 */
public final class SmLabels {
    private SmLabels() {
    }

    /** Exact label of a signed SM PDG id. */
    public static String label(int pdg) {
        int a = Math.abs(pdg);
        return switch (a) {
            case 1, 2, 3 -> "q";
            case 4 -> "c";
            case 5 -> "b";
            case 6 -> pdg > 0 ? "t+" : "t-";
            case 11 -> pdg > 0 ? "e-" : "e+";
            case 13 -> pdg > 0 ? "mu-" : "mu+";
            case 15 -> pdg > 0 ? "ta-" : "ta+";
            case 12, 14, 16 -> "nu";
            case 21 -> "g";
            case 22 -> "photon";
            case 23 -> "Z";
            case 24 -> pdg > 0 ? "W+" : "W-";
            case 25 -> "higgs";
            default -> throw new IllegalArgumentException("pdg: no SM label for " + pdg);
        };
    }

    /** Invisible SM labels (for invisible compression). */
    public static boolean invisible(String label) {
        return label.equals("nu");
    }

    private static final Map<String, Set<String>> INCLUSIVE = Map.ofEntries(
            Map.entry("t", Set.of("t+", "t-")),
            Map.entry("W", Set.of("W+", "W-")),
            Map.entry("e", Set.of("e+", "e-")),
            Map.entry("mu", Set.of("mu+", "mu-")),
            Map.entry("ta", Set.of("ta+", "ta-")),
            Map.entry("l", Set.of("e+", "e-", "mu+", "mu-")),
            Map.entry("l+", Set.of("e+", "mu+")),
            Map.entry("l-", Set.of("e-", "mu-")),
            Map.entry("L", Set.of("e+", "e-", "mu+", "mu-", "ta+", "ta-")),
            Map.entry("L+", Set.of("e+", "mu+", "ta+")),
            Map.entry("L-", Set.of("e-", "mu-", "ta-")),
            Map.entry("jet", Set.of("q", "c", "g", "pion")),
            Map.entry("jetb", Set.of("q", "c", "g", "b")),
            Map.entry("hpm", Set.of("W+", "W-")));

    /** The exact labels an element can carry (spec 12.3), plus pion which only inclusive labels name. */
    private static final Set<String> EXACT = Set.of("e-", "e+", "mu-", "mu+", "ta-", "ta+", "nu", "q", "c", "b", "t+", "t-",
            "g", "photon", "Z", "W+", "W-", "higgs", "pion");

    /** Is {@code c} an SM label a constraint may use (exact, inclusive or a wildcard)? */
    public static boolean known(String c) {
        return EXACT.contains(c) || INCLUSIVE.containsKey(c) || c.equals("*") || c.equals("anySM") || isVertexWildcard(c);
    }

    /** Does constraint label {@code c} accept element label {@code e}? */
    public static boolean matches(String c, String e) {
        if (c.equals(e) || c.equals("*") || c.equals("anySM")) {
            return true;
        }
        Set<String> s = INCLUSIVE.get(c);
        return s != null && s.contains(e);
    }

    /** A vertex wildcard: any number of SM particles. */
    public static boolean isVertexWildcard(String c) {
        return c.equals("*anySM");
    }
}

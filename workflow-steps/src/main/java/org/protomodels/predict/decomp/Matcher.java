package org.protomodels.predict.decomp;

import java.util.List;

/**
 * Matching of model elements to compiled constraint terms (spec 3.2.3 / 12.3), either notation: same number of
 * vertices per branch, at every vertex the constraint labels match the element labels one to one irrespective of
 * order (inclusive labels allowed, {@code *anySM} accepts any vertex), every BSM particle the term names (graph
 * notation) has the quantum numbers of its label, and the branches match in either order (in order first).
 */
public final class Matcher {
    /** The element's branches map to the constraint's in order. */
    public static final int IN_ORDER = 0;
    /** The element's branches map to the constraint's swapped. */
    public static final int SWAPPED = 1;
    public static final int NO_MATCH = -1;

    private Matcher() {
    }

    /** How {@code e} matches the bracket-notation term's branches: {@link #IN_ORDER}, {@link #SWAPPED} or {@link #NO_MATCH}. */
    public static int match(List<List<List<String>>> term, Element e) {
        if (term.size() != 2) {
            return NO_MATCH;
        }
        if (branch(term.get(0), e.labels[0]) && branch(term.get(1), e.labels[1])) {
            return IN_ORDER;
        }
        if (branch(term.get(0), e.labels[1]) && branch(term.get(1), e.labels[0])) {
            return SWAPPED;
        }
        return NO_MATCH;
    }

    /** How {@code e} matches the compiled term: {@link #IN_ORDER}, {@link #SWAPPED} or {@link #NO_MATCH}. */
    public static int match(TermPattern p, Element e) {
        if (!p.reachable()) {
            return NO_MATCH;
        }
        List<List<List<String>>> term = p.sm();
        if (branch(term.get(0), e.labels[0]) && bsm(p, 0, e.pdgs[0]) && branch(term.get(1), e.labels[1])
                && bsm(p, 1, e.pdgs[1])) {
            return IN_ORDER;
        }
        if (branch(term.get(0), e.labels[1]) && bsm(p, 0, e.pdgs[1]) && branch(term.get(1), e.labels[0])
                && bsm(p, 1, e.pdgs[0])) {
            return SWAPPED;
        }
        return NO_MATCH;
    }

    /** BSM labels of term branch b against the element branch's particles (same length once the SM vertices matched). */
    private static boolean bsm(TermPattern p, int b, int[] pdgs) {
        for (int v = 0; v < pdgs.length; v++) {
            String label = p.bsm(b, v);
            if (label != null && !BsmLabels.matches(label, pdgs[v])) {
                return false;
            }
        }
        return true;
    }

    static boolean branch(List<List<String>> c, String[][] e) {
        if (c.size() != e.length) {
            return false;
        }
        for (int v = 0; v < e.length; v++) {
            if (!vertex(c.get(v), e[v])) {
                return false;
            }
        }
        return true;
    }

    static boolean vertex(List<String> c, String[] e) {
        for (String l : c) {
            if (SmLabels.isVertexWildcard(l)) {
                return true;
            }
        }
        if (c.size() != e.length) {
            return false;
        }
        return assign(c, e, 0, new boolean[e.length]);
    }

    /** Backtracking one-to-one assignment of constraint labels (from index i) to unused element labels. */
    private static boolean assign(List<String> c, String[] e, int i, boolean[] used) {
        if (i == c.size()) {
            return true;
        }
        for (int j = 0; j < e.length; j++) {
            if (!used[j] && SmLabels.matches(c.get(i), e[j])) {
                used[j] = true;
                if (assign(c, e, i + 1, used)) {
                    return true;
                }
                used[j] = false;
            }
        }
        return false;
    }
}

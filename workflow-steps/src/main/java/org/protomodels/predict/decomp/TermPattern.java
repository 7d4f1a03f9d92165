package org.protomodels.predict.decomp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protomodels.database.Constraint;

/**
 * One constraint term in the form matching works on, whatever notation it was written in (spec 12.3): a coefficient,
 * two branches of vertices of SM labels ({@code sm}), the BSM label at every position of each branch ({@code bsm},
 * null where anything is accepted; position 0 is the produced particle, the last one the final state) and, for the
 * graph notation, where each indexed node sits ({@code node index -> {branch, position}}), which is what a dataMap
 * axis refers to.
 *
 * <p>A protomodel decomposes into pair-produced cascades only: the primary vertex emits two BSM particles and every
 * BSM particle decays into exactly one BSM particle plus SM particles. A graph whose shape is different (one
 * particle produced at the primary vertex as in {@code (PV > Zprime(1))}, a BSM particle decaying into two BSM
 * particles, SM particles at the primary vertex) can never match such an element; it compiles to an unreachable
 * pattern ({@link #reachable()} false, with the reason) instead of being rejected.
 */
public final class TermPattern {
    /** How the database model writes a whole-branch wildcard {@code [*]} (ingest's ConstraintParser.INCLUSIVE_BRANCH). */
    static final String INCLUSIVE_BRANCH = "InclusiveBranch";

    private final double coefficient;
    private final List<List<List<String>>> sm;
    private final String[][] bsm;
    private final Map<Integer, int[]> nodes;
    private final String unreachable;

    private TermPattern(double coefficient, List<List<List<String>>> sm, String[][] bsm, Map<Integer, int[]> nodes,
                        String unreachable) {
        this.coefficient = coefficient;
        this.sm = sm;
        this.bsm = bsm;
        this.nodes = nodes;
        this.unreachable = unreachable;
    }

    /** Compiles a term of either notation; throws IllegalArgumentException naming an unknown label. */
    public static TermPattern of(Constraint.Term term) {
        return term.branches() != null ? bracket(term) : graph(term);
    }

    /** All terms of a constraint. */
    public static List<TermPattern> of(Constraint c) {
        List<TermPattern> out = new ArrayList<>(c.terms().size());
        for (Constraint.Term t : c.terms()) {
            out.add(of(t));
        }
        return List.copyOf(out);
    }

    /**
     * Bracket notation: the branches as written; intermediate BSM particles are anyBSM and the final states those of
     * the txName's finalState (the caller only uses MET txNames, which every protomodel final state satisfies).
     */
    static TermPattern bracket(Constraint.Term term) {
        List<List<List<String>>> branches = term.branches();
        for (List<List<String>> b : branches) {
            for (List<String> v : b) {
                for (String l : v) {
                    if (l.equals(INCLUSIVE_BRANCH)) {
                        return unreachable(term.coefficient(), "inclusive branch [*] is not matched");
                    }
                    if (!SmLabels.known(l)) {
                        throw new IllegalArgumentException("unknown SM label '" + l + "'");
                    }
                }
            }
        }
        if (branches.size() != 2) {
            return unreachable(term.coefficient(), branches.size() + " branches (protomodel elements have 2)");
        }
        String[][] bsm = {new String[branches.get(0).size() + 1], new String[branches.get(1).size() + 1]};
        return new TermPattern(term.coefficient(), branches, bsm, Map.of(), null);
    }

    private static TermPattern unreachable(double coefficient, String why) {
        return new TermPattern(coefficient, List.of(), new String[0][], Map.of(), why);
    }

    /** A node of the graph: label, index (-1 if none written) and daughters (in the order written). */
    private static final class Node {
        final String label;
        final int index;
        final List<Node> daughters = new ArrayList<>();
        boolean decays;

        Node(String label, int index) {
            this.label = label;
            this.index = index;
        }
    }

    /**
     * Graph notation: nodes are identified by their index (unindexed labels are distinct leaves); the primary vertex
     * is the mother labelled {@code PV}. Every node with daughters other than PV is BSM; a leaf is BSM if its label
     * is a BSM label (MET, anyBSM, gluino, ...), SM if an SM label; {@code *} leaves count as SM.
     */
    static TermPattern graph(Constraint.Term term) {
        Map<Integer, Node> indexed = new HashMap<>();
        Node pv = null;
        for (Constraint.Edge e : term.edges()) {
            Node mother = node(e.mother(), indexed);
            if (mother.label.equals("PV")) {
                if (pv != null && pv != mother) {
                    throw new IllegalArgumentException("two primary vertices");
                }
                pv = mother;
            }
            if (mother.decays) {
                throw new IllegalArgumentException("node " + mother.label + "(" + mother.index + ") decays twice");
            }
            mother.decays = true;
            for (Constraint.Node d : e.daughters()) {
                mother.daughters.add(node(d, indexed));
            }
        }
        if (pv == null) {
            throw new IllegalArgumentException("no primary vertex (PV > ...)");
        }
        checkLabels(pv, pv);
        List<Node> produced = new ArrayList<>();
        for (Node d : pv.daughters) {
            if (isBsm(d)) {
                produced.add(d);
            } else {
                return unreachable(term.coefficient(), "SM particle " + d.label + " at the primary vertex");
            }
        }
        if (produced.size() != 2) {
            return unreachable(term.coefficient(), produced.size() + " BSM particle(s) produced at the primary vertex"
                    + " (protomodels produce pairs)");
        }
        List<List<List<String>>> sm = new ArrayList<>(2);
        String[][] bsm = new String[2][];
        Map<Integer, int[]> nodes = new LinkedHashMap<>();
        for (int b = 0; b < 2; b++) {
            List<List<String>> vertices = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            Node n = produced.get(b);
            while (true) {
                if (n.index >= 0) {
                    nodes.put(n.index, new int[] {b, labels.size()});
                }
                labels.add(BsmLabels.acceptsAll(n.label) ? null : n.label);
                if (!n.decays) {
                    break;
                }
                List<String> vertex = new ArrayList<>();
                Node next = null;
                for (Node d : n.daughters) {
                    if (!isBsm(d)) {
                        vertex.add(d.label);
                    } else if (next == null) {
                        next = d;
                    } else {
                        return unreachable(term.coefficient(), n.label + " decays into two BSM particles");
                    }
                }
                if (next == null) {
                    return unreachable(term.coefficient(), n.label + " decays into SM particles only");
                }
                vertices.add(List.copyOf(vertex));
                n = next;
            }
            sm.add(List.copyOf(vertices));
            bsm[b] = labels.toArray(new String[0]);
        }
        return new TermPattern(term.coefficient(), List.copyOf(sm), bsm, Map.copyOf(nodes), null);
    }

    private static Node node(Constraint.Node n, Map<Integer, Node> indexed) {
        if (n.index() < 0) {
            return new Node(n.label(), -1);
        }
        Node known = indexed.get(n.index());
        if (known == null) {
            known = new Node(n.label(), n.index());
            indexed.put(n.index(), known);
        } else if (!known.label.equals(n.label())) {
            throw new IllegalArgumentException("node " + n.index() + " labelled both " + known.label + " and " + n.label());
        }
        return known;
    }

    private static boolean isBsm(Node n) {
        return (n.decays && !n.label.equals("PV")) || BsmLabels.known(n.label) && !n.label.equals("*");
    }

    private static void checkLabels(Node n, Node pv) {
        for (Node d : n.daughters) {
            if (d == pv) {
                throw new IllegalArgumentException("the primary vertex cannot be a daughter");
            }
            if (isBsm(d)) {
                if (!BsmLabels.known(d.label)) {
                    throw new IllegalArgumentException("unknown BSM label '" + d.label + "'");
                }
                checkLabels(d, pv);
            } else if (!SmLabels.known(d.label)) {
                throw new IllegalArgumentException("unknown label '" + d.label + "'");
            }
        }
    }

    public double coefficient() {
        return coefficient;
    }

    /** False if no protomodel element can have this shape; {@link #whyUnreachable()} says why. */
    public boolean reachable() {
        return unreachable == null;
    }

    public String whyUnreachable() {
        return unreachable;
    }

    /** SM labels: branch -> vertex -> labels. */
    public List<List<List<String>>> sm() {
        return sm;
    }

    /** The BSM label required at position v of branch b, or null if any particle is accepted. */
    public String bsm(int b, int v) {
        return bsm[b][v];
    }

    /** {branch, position} of graph node {@code index}, or null (bracket notation, or no such BSM node). */
    public int[] position(int index) {
        int[] p = nodes.get(index);
        return p == null ? null : p.clone();
    }

    @Override
    public String toString() {
        if (!reachable()) {
            return "unreachable(" + unreachable + ")";
        }
        return coefficient + "*" + sm + " bsm=" + Arrays.deepToString(bsm);
    }
}

package org.protomodels.predict.decomp;

import java.util.Arrays;

/**
 * One simplified-model topology of a decomposed protomodel in bracket notation (spec 12.3): two branches, each a
 * list of vertices with the SM labels emitted there (sorted), and the BSM masses along the branch (mother first,
 * the invisible final state last, so {@code masses[b].length == labels[b].length + 1}) with the signed PDG ids of
 * those BSM particles ({@code pdgs[b]}, same layout; 0 where unknown, e.g. hand-made elements). {@code weightFb[i]} is
 * sigma x BR at {@link Decomposer#SQRTS}[i]. Branches are in a canonical order; {@link #key()} identifies
 * topology, labels, masses and BSM particles (identical elements are merged by it); {@link #matchKey()} identifies
 * everything matching looks at (labels and BSM particles, not masses).
 */
public final class Element {
    final String[][][] labels;
    final double[][] masses;
    final int[][] pdgs;
    final double[] weightFb;
    private final String key;
    private final String matchKey;
    private final String topology;

    /** An element whose BSM particles are not known (pdg 0): matches only constraints that do not name them. */
    Element(String[][][] labels, double[][] masses, double[] weightFb) {
        this(labels, masses, new int[][] {new int[masses[0].length], new int[masses[1].length]}, weightFb);
    }

    Element(String[][][] labels, double[][] masses, int[][] pdgs, double[] weightFb) {
        for (int b = 0; b < 2; b++) {
            if (masses[b].length != labels[b].length + 1 || pdgs[b].length != masses[b].length) {
                throw new IllegalArgumentException("branch " + b + ": needs one mass and one pdg per BSM particle ("
                        + (labels[b].length + 1) + "), got " + masses[b].length + " and " + pdgs[b].length);
            }
        }
        // canonical branch order: by topology string, then masses, then particles
        String t0 = branchString(labels[0]);
        String t1 = branchString(labels[1]);
        int c = compareBranches(t0, masses[0], pdgs[0], t1, masses[1], pdgs[1]);
        if (c > 0) {
            labels = new String[][][] {labels[1], labels[0]};
            masses = new double[][] {masses[1], masses[0]};
            pdgs = new int[][] {pdgs[1], pdgs[0]};
            String t = t0;
            t0 = t1;
            t1 = t;
        }
        this.labels = labels;
        this.masses = masses;
        this.pdgs = pdgs;
        this.weightFb = weightFb;
        this.topology = "[" + t0 + "," + t1 + "]";
        String particles = Arrays.toString(pdgs[0]) + Arrays.toString(pdgs[1]);
        this.key = topology + Arrays.toString(masses[0]) + Arrays.toString(masses[1]) + particles;
        this.matchKey = topology + particles;
    }

    /** A hand-made element (tests, tools): two branches of SM labels per vertex, masses and signed BSM PDG ids. */
    public static Element of(String[][][] labels, double[][] masses, int[][] pdgs, double[] weightFb) {
        return new Element(deepCopy(labels), new double[][] {masses[0].clone(), masses[1].clone()},
                new int[][] {pdgs[0].clone(), pdgs[1].clone()}, weightFb.clone());
    }

    private static String[][][] deepCopy(String[][][] labels) {
        String[][][] out = new String[labels.length][][];
        for (int b = 0; b < labels.length; b++) {
            out[b] = new String[labels[b].length][];
            for (int v = 0; v < labels[b].length; v++) {
                out[b][v] = labels[b][v].clone();
                Arrays.sort(out[b][v]);
            }
        }
        return out;
    }

    private static int compareBranches(String t0, double[] m0, int[] p0, String t1, double[] m1, int[] p1) {
        int c = Integer.compare(m0.length, m1.length);
        if (c != 0) {
            return c;
        }
        c = t0.compareTo(t1);
        if (c != 0) {
            return c;
        }
        c = Arrays.compare(m0, m1);
        return c != 0 ? c : Arrays.compare(p0, p1);
    }

    /** The same element with other weights (package use: merging copies); shares everything else. */
    Element withWeights(double[] w) {
        return new Element(this, w);
    }

    private Element(Element e, double[] weightFb) {
        this.labels = e.labels;
        this.masses = e.masses;
        this.pdgs = e.pdgs;
        this.weightFb = weightFb;
        this.topology = e.topology;
        this.key = e.key;
        this.matchKey = e.matchKey;
    }

    static String branchString(String[][] vertices) {
        StringBuilder sb = new StringBuilder("[");
        for (int v = 0; v < vertices.length; v++) {
            if (v > 0) {
                sb.append(',');
            }
            sb.append('[');
            for (int i = 0; i < vertices[v].length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append('\'').append(vertices[v][i]).append('\'');
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    /** Bracket notation, e.g. {@code [[['t+']],[['t-']]]}. */
    public String topology() {
        return topology;
    }

    public String key() {
        return key;
    }

    /** Labels and BSM particles: two elements with equal match keys match the same constraint terms the same way. */
    public String matchKey() {
        return matchKey;
    }

    /** Signed PDG id of the BSM particle at position v (0: mother of the first vertex) of branch b; 0 if unknown. */
    public int pdg(int b, int v) {
        return pdgs[b][v];
    }

    /** sigma x BR in fb at sqrt(s) index i (0: 8 TeV, 1: 13 TeV). */
    public double weightFb(int i) {
        return weightFb[i];
    }

    /** Masses of branch b (copy), mother first. */
    public double[] masses(int b) {
        return masses[b].clone();
    }

    /** Labels at vertex v of branch b (copy). */
    public String[] labels(int b, int v) {
        return labels[b][v].clone();
    }

    public int vertices(int b) {
        return labels[b].length;
    }

    @Override
    public String toString() {
        return topology + " m=" + Arrays.toString(masses[0]) + Arrays.toString(masses[1]) + " w=" + Arrays.toString(weightFb);
    }
}

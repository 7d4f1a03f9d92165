package org.protomodels.predict.decomp;

import java.util.Arrays;

/**
 * One simplified-model topology of a decomposed protomodel in bracket notation (spec 12.3): two branches, each a
 * list of vertices with the SM labels emitted there (sorted), and the BSM masses along the branch (mother first,
 * the invisible final state last, so {@code masses[b].length == labels[b].length + 1}). {@code weightFb[i]} is
 * sigma x BR at {@link Decomposer#SQRTS}[i]. Branches are in a canonical order; {@link #key()} identifies
 * topology, labels and masses (identical elements are merged by it).
 */
public final class Element {
    final String[][][] labels;
    final double[][] masses;
    final double[] weightFb;
    private final String key;
    private final String topology;

    Element(String[][][] labels, double[][] masses, double[] weightFb) {
        // canonical branch order: by topology string, then masses
        String t0 = branchString(labels[0]);
        String t1 = branchString(labels[1]);
        int c = compareBranches(t0, masses[0], t1, masses[1]);
        if (c > 0) {
            labels = new String[][][] {labels[1], labels[0]};
            masses = new double[][] {masses[1], masses[0]};
            String t = t0;
            t0 = t1;
            t1 = t;
        }
        this.labels = labels;
        this.masses = masses;
        this.weightFb = weightFb;
        this.topology = "[" + t0 + "," + t1 + "]";
        this.key = topology + Arrays.toString(masses[0]) + Arrays.toString(masses[1]);
    }

    private static int compareBranches(String t0, double[] m0, String t1, double[] m1) {
        int c = Integer.compare(m0.length, m1.length);
        if (c != 0) {
            return c;
        }
        c = t0.compareTo(t1);
        if (c != 0) {
            return c;
        }
        return Arrays.compare(m0, m1);
    }

    /** The same element with other weights (package use: merging copies). */
    Element withWeights(double[] w) {
        return new Element(labels, masses, w);
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

package org.protomodels.combine;

import java.util.Arrays;

/**
 * The best combination: the set of pairwise-combinable results with the largest summed weight (a maximum-weight
 * clique), found by a hereditary depth-first search with weight bounds (PathFinder WHDFS, Araz et al.,
 * SciPost Phys. 14, 077 (2023)). Nodes are visited in decreasing weight; a branch is cut when its weight plus the
 * weights of all its remaining candidates cannot beat the best set found.
 *
 * <p>Two modes (docs/physics.md): {@link Mode#EXACT} drops results with weight <= 0 (they can never raise a sum) and
 * returns the true maximum; {@link Mode#PROTOMODELS_V2} replicates the reference: an offset |min w| + 1 is added to
 * every weight when one is negative (which favours larger sets), only the 50 heaviest results start a path, and the
 * reported weight is the plain sum of the chosen results.
 */
public final class PathFinder {
    public enum Mode { EXACT, PROTOMODELS_V2 }

    /** The chosen results (indices into the caller's arrays, heaviest first) and their summed weight. */
    public record Combination(int[] members, double weight) {
        public Combination {
            members = members.clone();
        }

        @Override
        public int[] members() {
            return members.clone();
        }

        public int size() {
            return members.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Combination c && Arrays.equals(members, c.members) && weight == c.weight;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(members) * 31 + Double.hashCode(weight);
        }

        @Override
        public String toString() {
            return "Combination" + Arrays.toString(members) + " w=" + weight;
        }
    }

    /** Sources tried by the reference (protomodels develop: runs = 50). */
    public static final int REFERENCE_SOURCES = 50;

    private final Mode mode;
    private final int referenceSources;

    private PathFinder(Mode mode, int referenceSources) {
        if (referenceSources < 1) {
            throw new IllegalArgumentException("sources: must be >= 1, got " + referenceSources);
        }
        this.mode = mode;
        this.referenceSources = referenceSources;
    }

    public static PathFinder of(Mode mode) {
        return new PathFinder(mode, REFERENCE_SOURCES);
    }

    /** With the number of source nodes of {@link Mode#PROTOMODELS_V2} (profile {@code combination.sources}). */
    public static PathFinder of(Mode mode, int sources) {
        return new PathFinder(mode, sources);
    }

    /**
     * The best combination of results with {@code weights} (NaN weights are never chosen). Empty only when no result
     * has a finite weight; in {@link Mode#EXACT} with no positive weight, the single heaviest result.
     */
    public Combination best(BinaryAcceptanceMatrix bam, double[] weights) {
        int n = bam.size();
        if (weights.length != n) {
            throw new IllegalArgumentException("weights: " + weights.length + " weights for " + n + " results");
        }
        Integer[] order = new Integer[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(weights[i])) {
                order[m++] = i;
            }
        }
        if (m == 0) {
            return new Combination(new int[0], 0);
        }
        Integer[] valid = Arrays.copyOf(order, m);
        // heaviest first; ties by index so the result never depends on sort stability
        Arrays.sort(valid, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a]) : Integer.compare(a, b));
        double offset = 0;
        int sources = m;
        int kept = m;
        if (mode == Mode.EXACT) {
            kept = 0;
            while (kept < m && weights[valid[kept]] > 0) {
                kept++;
            }
            if (kept == 0) {
                return new Combination(new int[] {valid[0]}, weights[valid[0]]);
            }
            sources = kept;
        } else {
            double min = weights[valid[m - 1]];
            offset = min < 0 ? Math.abs(min) + 1 : 0;
            sources = Math.min(referenceSources, m);
        }
        return new Search(bam, weights, valid, kept, offset).run(sources);
    }

    /**
     * One search over the {@code count} heaviest valid results, re-indexed 0..count-1 in weight order. Depth-first
     * over cliques (every path keeps the candidates adjacent to all its nodes, PathFinder's hereditary condition),
     * pruned with a colouring bound: the candidates are split greedily into independent sets (at most one member of
     * each can join), so the path weight plus the heaviest weight of each set bounds every extension. On the
     * combinability graph, where the results of one analysis form such a set, this bound is nearly tight.
     */
    private static final class Search {
        private final int count;
        private final int words;
        private final int[] original;
        private final double[] w;
        private final double offset;
        private final long[][] adj;
        private final int[] path;
        private final long[][] candidateStack;
        private final int[][] vertexStack;
        private final double[][] boundStack;
        private final long[] uncolored;
        private final long[] classCandidates;
        private int[] best = new int[0];
        private int bestSize;
        private double bestWeight = Double.NEGATIVE_INFINITY;

        Search(BinaryAcceptanceMatrix bam, double[] weights, Integer[] order, int count, double offset) {
            this.count = count;
            this.words = (count + 63) >>> 6;
            this.original = new int[count];
            this.w = new double[count];
            this.offset = offset;
            this.adj = new long[count][words];
            for (int a = 0; a < count; a++) {
                original[a] = order[a];
                w[a] = weights[order[a]] + offset;
            }
            for (int a = 0; a < count; a++) {
                for (int b = a + 1; b < count; b++) {
                    if (bam.combinable(order[a], order[b])) {
                        adj[a][b >>> 6] |= 1L << (b & 63);
                        adj[b][a >>> 6] |= 1L << (a & 63);
                    }
                }
            }
            this.path = new int[count];
            this.candidateStack = new long[count + 1][];
            this.vertexStack = new int[count + 1][];
            this.boundStack = new double[count + 1][];
            this.uncolored = new long[words];
            this.classCandidates = new long[words];
        }

        private long[] candidates(int depth) {
            if (candidateStack[depth] == null) {
                candidateStack[depth] = new long[words];
                vertexStack[depth] = new int[count];
                boundStack[depth] = new double[count];
            }
            return candidateStack[depth];
        }

        Combination run(int sources) {
            for (int s = 0; s < sources; s++) {
                // candidates: later (lighter) results combinable with the source; every clique is searched once,
                // from its heaviest member
                long[] cand = candidates(1);
                for (int k = 0; k < words; k++) {
                    cand[k] = adj[s][k] & laterThan(s, k);
                }
                path[0] = s;
                extend(1, w[s]);
            }
            int[] members = new int[bestSize];
            double sum = 0;
            for (int k = 0; k < bestSize; k++) {
                members[k] = original[best[k]];
                sum += w[best[k]] - offset; // the reported weight is the plain sum (offset removed)
            }
            return new Combination(members, sum);
        }

        private long laterThan(int s, int word) {
            int first = s + 1;
            int lo = word << 6;
            if (first <= lo) {
                return -1L;
            }
            if (first >= lo + 64) {
                return 0L;
            }
            return -1L << (first - lo);
        }

        /** Extends the path of length {@code depth} (weight {@code weight}) by the candidates at that depth. */
        private void extend(int depth, double weight) {
            if (weight > bestWeight) {
                // weights are positive here (EXACT drops the others, the reference mode offsets them), so the best
                // clique is maximal
                bestWeight = weight;
                bestSize = depth;
                best = Arrays.copyOf(path, depth);
            }
            long[] cand = candidateStack[depth];
            int[] vertices = vertexStack[depth];
            double[] bounds = boundStack[depth];
            // greedy colouring in weight order; bounds[i] = sum of the heaviest weight of colour classes 1..class(i)
            int m = 0;
            double cumulative = 0;
            boolean any = false;
            for (int k = 0; k < words; k++) {
                uncolored[k] = cand[k];
                any |= cand[k] != 0;
            }
            while (any) {
                System.arraycopy(uncolored, 0, classCandidates, 0, words);
                boolean first = true;
                for (int k = 0; k < words; k++) {
                    while (classCandidates[k] != 0) {
                        int v = (k << 6) + Long.numberOfTrailingZeros(classCandidates[k]);
                        classCandidates[k] &= classCandidates[k] - 1;
                        uncolored[k] &= ~(1L << (v & 63));
                        for (int kk = k; kk < words; kk++) {
                            classCandidates[kk] &= ~adj[v][kk];
                        }
                        if (first) {
                            cumulative += w[v];
                            first = false;
                        }
                        vertices[m] = v;
                        bounds[m] = cumulative;
                        m++;
                    }
                }
                any = false;
                for (int k = 0; k < words; k++) {
                    any |= uncolored[k] != 0;
                }
            }
            long[] next = m > 0 ? candidates(depth + 1) : null;
            for (int i = m - 1; i >= 0; i--) {
                if (weight + bounds[i] <= bestWeight) {
                    return; // the remaining candidates lie in colour classes 1..class(i)
                }
                int v = vertices[i];
                for (int k = 0; k < words; k++) {
                    next[k] = cand[k] & adj[v][k];
                }
                path[depth] = v;
                extend(depth + 1, weight + w[v]);
                cand[v >>> 6] &= ~(1L << (v & 63));
            }
        }
    }
}

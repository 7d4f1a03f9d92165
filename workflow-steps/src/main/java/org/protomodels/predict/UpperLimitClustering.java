package org.protomodels.predict;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * SModelS's clustering of the elements matched to one upper-limit txName (spec 3.2.6; SModelS 3
 * {@code clusterTools.doCluster}), step by step:
 * <ol>
 * <li>elements sorted by weight, descending; elements with the same upper limit and the same coordinates grouped
 *     (a group acts as one element with the summed weight);</li>
 * <li>groups sorted by upper limit, ascending; distance d(a, b) = 2|UL_a - UL_b| / (UL_a + UL_b);</li>
 * <li>one maximal cluster per group: every group within d &lt;= maxDist of it (dropped if the map has no value at
 *     its weight-averaged coordinates; duplicates dropped);</li>
 * <li>splitting: a cluster is final if it is consistent (the average has an upper limit within maxDist of every
 *     member's) and its largest internal distance is below maxDist (strictly); otherwise, for every member farther
 *     than maxDist from some other member, or for every member if the cluster is not consistent, the cluster
 *     without that member is a candidate for the next round (candidates without an average upper limit and
 *     duplicates dropped); more than 100 candidates in a round: SModelS gives up and only single elements remain;</li>
 * <li>every group is added as a cluster of its own, then every cluster contained in another one is removed
 *     (of two equal clusters the first stays).</li>
 * </ol>
 * Clusters may share elements (SModelS reports each as a prediction). Averages are weighted by the element weights
 * and, for more than one element, rounded to 5 significant digits as SModelS's {@code AverageSMS} does; a single
 * element keeps its exact coordinates.
 */
final class UpperLimitClustering {
    /** SModelS gives up splitting beyond this many candidate clusters in one round. */
    static final int MAX_CANDIDATES = 100;
    static final int AVERAGE_DIGITS = 5;

    private final double[] groupWeight;
    private final double[][] groupCoords;
    private final double[] groupUl;
    private final double[][] distance;
    private final ToDoubleFunction<double[]> ulAt;
    private final double maxDist;

    private UpperLimitClustering(double[] groupWeight, double[][] groupCoords, double[] groupUl,
                                 ToDoubleFunction<double[]> ulAt, double maxDist) {
        this.groupWeight = groupWeight;
        this.groupCoords = groupCoords;
        this.groupUl = groupUl;
        this.ulAt = ulAt;
        this.maxDist = maxDist;
        int n = groupUl.length;
        distance = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                distance[i][j] = distance(groupUl[i], groupUl[j]);
                distance[j][i] = distance[i][j];
            }
        }
    }

    /** SModelS relative distance; 0 if both limits are 0. */
    static double distance(double a, double b) {
        return a + b == 0 ? 0 : 2 * Math.abs(a - b) / (a + b);
    }

    /**
     * Clusters elements {@code 0..n-1} with weights (fb), map coordinates and upper limits (fb, all defined);
     * {@code ulAt} gives the upper limit at any coordinates, NaN where the map has none. Returns the clusters in
     * SModelS order, each as ascending element indices.
     */
    static List<int[]> cluster(double[] weights, double[][] coords, double[] uls, ToDoubleFunction<double[]> ulAt,
                               double maxDist) {
        int n = weights.length;
        if (n == 0) {
            return List.of();
        }
        if (n == 1) {
            return List.of(new int[] {0}); // what the steps below give for one element, without the bookkeeping
        }
        // 1. sort by weight (descending, stable) and group equal UL + coordinates
        Integer[] byWeight = new Integer[n];
        for (int i = 0; i < n; i++) {
            byWeight[i] = i;
        }
        Arrays.sort(byWeight, Comparator.comparingDouble((Integer i) -> weights[i]).reversed());
        List<List<Integer>> groups = new ArrayList<>();
        boolean[] grouped = new boolean[n];
        for (int a = 0; a < n; a++) {
            int ia = byWeight[a];
            if (grouped[ia]) {
                continue;
            }
            List<Integer> g = new ArrayList<>();
            g.add(ia);
            grouped[ia] = true;
            for (int b = a + 1; b < n; b++) {
                int ib = byWeight[b];
                if (!grouped[ib] && uls[ib] == uls[ia] && Arrays.equals(coords[ib], coords[ia])) {
                    g.add(ib);
                    grouped[ib] = true;
                }
            }
            groups.add(g);
        }
        // 2. groups sorted by UL (ascending, stable)
        groups.sort(Comparator.comparingDouble(g -> uls[g.get(0)]));
        int m = groups.size();
        double[] gw = new double[m];
        double[][] gx = new double[m][];
        double[] gu = new double[m];
        for (int k = 0; k < m; k++) {
            for (int i : groups.get(k)) {
                gw[k] += weights[i];
            }
            gx[k] = coords[groups.get(k).get(0)];
            gu[k] = uls[groups.get(k).get(0)];
        }
        List<BitSet> clusters = new UpperLimitClustering(gw, gx, gu, ulAt, maxDist).clusterGroups();
        List<int[]> out = new ArrayList<>(clusters.size());
        for (BitSet c : clusters) {
            List<Integer> members = new ArrayList<>();
            for (int k = c.nextSetBit(0); k >= 0; k = c.nextSetBit(k + 1)) {
                members.addAll(groups.get(k));
            }
            out.add(members.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        return out;
    }

    private List<BitSet> clusterGroups() {
        int n = groupUl.length;
        // 3. maximal clusters
        List<BitSet> clusterList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BitSet c = new BitSet(n);
            for (int j = 0; j < n; j++) {
                if (distance[i][j] <= maxDist) {
                    c.set(j);
                }
            }
            if (Double.isNaN(averageUl(c)) || clusterList.contains(c)) {
                continue;
            }
            clusterList.add(c);
        }
        // 4. split until consistent
        List<BitSet> finals = new ArrayList<>();
        while (!clusterList.isEmpty()) {
            List<BitSet> next = new ArrayList<>();
            for (BitSet c : clusterList) {
                boolean consistent = consistent(c);
                if (consistent && maxInternalDistance(c) < maxDist) {
                    if (!finals.contains(c)) {
                        finals.add(c);
                    }
                    continue;
                }
                for (int k = c.nextSetBit(0); k >= 0; k = c.nextSetBit(k + 1)) {
                    if (distanceTo(c, k) > maxDist || !consistent) {
                        BitSet smaller = (BitSet) c.clone();
                        smaller.clear(k);
                        if (smaller.isEmpty() || Double.isNaN(averageUl(smaller)) || next.contains(smaller)) {
                            continue;
                        }
                        next.add(smaller);
                    }
                }
            }
            clusterList = next;
            if (clusterList.size() > MAX_CANDIDATES) {
                finals.clear();
                clusterList = List.of();
            }
        }
        // 5. single groups, then drop clusters contained in others
        for (int i = 0; i < n; i++) {
            BitSet single = new BitSet(n);
            single.set(i);
            finals.add(single);
        }
        BitSet[] all = finals.toArray(new BitSet[0]);
        for (int a = 0; a < all.length; a++) {
            if (all[a] == null) {
                continue;
            }
            for (int b = 0; b < all.length; b++) {
                if (a != b && all[b] != null && contains(all[a], all[b])) {
                    all[b] = null;
                }
            }
        }
        List<BitSet> out = new ArrayList<>();
        for (BitSet c : all) {
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean contains(BitSet outer, BitSet inner) {
        BitSet rest = (BitSet) inner.clone();
        rest.andNot(outer);
        return rest.isEmpty();
    }

    /** Largest distance between member k and any member. */
    private double distanceTo(BitSet c, int k) {
        double d = 0;
        for (int j = c.nextSetBit(0); j >= 0; j = c.nextSetBit(j + 1)) {
            d = Math.max(d, distance[k][j]);
        }
        return d;
    }

    private double maxInternalDistance(BitSet c) {
        double d = 0;
        for (int k = c.nextSetBit(0); k >= 0; k = c.nextSetBit(k + 1)) {
            d = Math.max(d, distanceTo(c, k));
        }
        return d;
    }

    private boolean consistent(BitSet c) {
        double ul = averageUl(c);
        if (Double.isNaN(ul)) {
            return false;
        }
        for (int k = c.nextSetBit(0); k >= 0; k = c.nextSetBit(k + 1)) {
            if (distance(ul, groupUl[k]) > maxDist) {
                return false;
            }
        }
        return true;
    }

    private double averageUl(BitSet c) {
        if (c.cardinality() == 1) {
            return groupUl[c.nextSetBit(0)];
        }
        int[] members = c.stream().toArray();
        return ulAt.applyAsDouble(average(members, groupWeight, groupCoords));
    }

    /**
     * Weighted average of the members' coordinates (weights in fb); for more than one member each coordinate is
     * rounded to {@value #AVERAGE_DIGITS} significant digits (SModelS {@code AverageSMS}, {@code roundValue}).
     */
    static double[] average(int[] members, double[] weights, double[][] coords) {
        if (members.length == 1) {
            return coords[members[0]].clone();
        }
        int d = coords[members[0]].length;
        double[] avg = new double[d];
        double wsum = 0;
        for (int i : members) {
            wsum += weights[i];
        }
        for (int k = 0; k < d; k++) {
            double total = 0;
            for (int i : members) {
                total += coords[i][k] * weights[i];
            }
            avg[k] = round(total / wsum, AVERAGE_DIGITS);
        }
        return avg;
    }

    /** Python's round(v, digits - floor(log10|v|) - 1) on the exact binary value; 0, NaN and infinities unchanged. */
    static double round(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).doubleValue();
    }
}

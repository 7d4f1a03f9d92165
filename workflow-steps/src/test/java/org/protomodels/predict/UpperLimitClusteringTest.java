package org.protomodels.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Hand-made cases of SModelS's maximal clustering (docs/predictions.md), with one coordinate per element and the
 * "map" UL(x) given explicitly, so every distance below is computed by hand.
 */
class UpperLimitClusteringTest {
    static final ToDoubleFunction<double[]> IDENTITY = x -> x[0];

    static double[][] coords(double... x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new double[] {x[i]};
        }
        return out;
    }

    static List<int[]> cluster(double[] w, double[] ul, ToDoubleFunction<double[]> map) {
        return UpperLimitClustering.cluster(w, coords(ul), ul, map, 0.2);
    }

    @Test
    void cluster_chainOfThree_twoOverlappingClustersWhereGreedyMadeDisjointOnes() {
        // ULs 10, 11.5, 13.2: d(10,11.5) = 0.1395, d(11.5,13.2) = 0.1377, d(10,13.2) = 0.2759.
        // Greedy in descending weight (11.5 heaviest, then 13.2) gave {11.5, 13.2} and {10}.
        // SModelS: maximal clusters {10,11.5}, {10,11.5,13.2}, {11.5,13.2}; the middle one is split into the two others.
        List<int[]> cs = cluster(new double[] {1, 10, 5}, new double[] {10, 11.5, 13.2}, IDENTITY);
        assertEquals(2, cs.size(), "two clusters sharing the 11.5 element");
        assertArrayEquals(new int[] {0, 1}, cs.get(0));
        assertArrayEquals(new int[] {1, 2}, cs.get(1));
    }

    @Test
    void cluster_allWithinDistance_oneCluster() {
        List<int[]> cs = cluster(new double[] {3, 1, 2}, new double[] {10.5, 10, 11}, IDENTITY);
        assertEquals(1, cs.size());
        assertArrayEquals(new int[] {0, 1, 2}, cs.get(0));
    }

    @Test
    void cluster_averageFarFromMembers_splitIntoSingles() {
        // d(10, 12) = 0.18 but the map has a bump at the average (UL 20 between the points): not consistent
        ToDoubleFunction<double[]> bump = x -> x[0] == 10 || x[0] == 12 ? x[0] : 20;
        List<int[]> cs = cluster(new double[] {1, 1}, new double[] {10, 12}, bump);
        assertEquals(2, cs.size());
        // SModelS order: removing member 0 first gives {1}, then {0}
        assertArrayEquals(new int[] {1}, cs.get(0));
        assertArrayEquals(new int[] {0}, cs.get(1));
    }

    @Test
    void cluster_noUpperLimitAtAverage_singles() {
        List<int[]> cs = cluster(new double[] {1, 1}, new double[] {10, 11}, x -> x[0] == 10 || x[0] == 11 ? x[0] : Double.NaN);
        assertEquals(2, cs.size());
    }

    @Test
    void cluster_equalUlAndCoordinates_groupedFirst() {
        double[][] x = {{5}, {7}, {5}};
        List<int[]> cs = UpperLimitClustering.cluster(new double[] {1, 2, 3}, x, new double[] {10, 30, 10}, p -> p[0] * 2, 0.2);
        assertEquals(2, cs.size());
        assertArrayEquals(new int[] {0, 2}, cs.get(0), "identical elements travel together");
        assertArrayEquals(new int[] {1}, cs.get(1));
    }

    @Test
    void cluster_distanceExactlyMaxDist_droppedFromMaximalThenSingles() {
        // d(9, 11) = 0.2 exactly: in the maximal cluster (<= 0.2) but never final (internal distance must be < 0.2)
        // and never split (a member is split off only beyond 0.2), so SModelS keeps only the single elements
        List<int[]> cs = cluster(new double[] {1, 1}, new double[] {9, 11}, IDENTITY);
        assertEquals(2, cs.size());
    }

    @Test
    void average_severalMembers_weightedAndRoundedToFiveDigits() {
        double[] avg = UpperLimitClustering.average(new int[] {0, 1}, new double[] {1, 2}, new double[][] {{100.0, 1}, {200.0, 2}});
        assertEquals(166.67, avg[0], 0.0, "(100 + 2 x 200) / 3 = 166.666.. -> 5 significant digits");
        assertEquals(1.6667, avg[1], 0.0);
        assertArrayEquals(new double[] {123.456789}, UpperLimitClustering.average(new int[] {0}, new double[] {1},
                new double[][] {{123.456789}}), "one member: exact");
    }
}

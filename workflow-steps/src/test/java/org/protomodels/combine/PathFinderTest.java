package org.protomodels.combine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class PathFinderTest {
    /** Exhaustive reference twin: every subset, keep the pairwise-combinable one with the largest sum. */
    static double bruteForceBest(boolean[][] c, double[] w) {
        int n = w.length;
        double best = Double.NEGATIVE_INFINITY;
        for (int mask = 1; mask < (1 << n); mask++) {
            double sum = 0;
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                if ((mask >> i & 1) == 0) {
                    continue;
                }
                sum += w[i];
                for (int j = i + 1; j < n; j++) {
                    if ((mask >> j & 1) != 0 && !c[i][j]) {
                        ok = false;
                        break;
                    }
                }
            }
            if (ok && sum > best) {
                best = sum;
            }
        }
        return best;
    }

    static boolean[][] randomGraph(UniformRandomProvider rng, int n, double p) {
        boolean[][] c = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                c[i][j] = c[j][i] = rng.nextDouble() < p;
            }
        }
        return c;
    }

    @Test
    void best_thousandRandomGraphs_equalsBruteForce() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261123L);
        PathFinder pf = PathFinder.of(PathFinder.Mode.EXACT);
        for (int trial = 0; trial < 1000; trial++) {
            int n = 1 + rng.nextInt(trial < 100 ? 20 : 16);
            boolean[][] c = randomGraph(rng, n, rng.nextDouble());
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                // mostly positive with some negative weights, as 2[nll(0) - nll(1)] of real predictions
                w[i] = rng.nextDouble() < 0.2 ? -3 * rng.nextDouble() : 10 * rng.nextDouble();
            }
            PathFinder.Combination got = pf.best(BinaryAcceptanceMatrix.of(c), w);
            double expected = bruteForceBest(c, w);
            assertEquals(expected, got.weight(), 1e-9 * Math.max(1, Math.abs(expected)), "trial " + trial + " n=" + n);
            int[] m = got.members();
            double sum = 0;
            for (int i = 0; i < m.length; i++) {
                sum += w[m[i]];
                for (int j = i + 1; j < m.length; j++) {
                    assertTrue(c[m[i]][m[j]], "trial " + trial + ": members " + m[i] + "," + m[j] + " not combinable");
                }
            }
            assertEquals(got.weight(), sum, 1e-9, "reported weight is the members' sum");
        }
    }

    @Test
    void best_negativeWeightsReferenceMode_favoursLargerSets() {
        // 0 and 1 are combinable with each other, 2 is alone. w = {5, -0.5, 4.8}.
        boolean[][] c = {{false, true, false}, {true, false, false}, {false, false, false}};
        double[] w = {5, -0.5, 4.8};
        var exact = PathFinder.of(PathFinder.Mode.EXACT).best(BinaryAcceptanceMatrix.of(c), w);
        assertArrayEquals(new int[] {0}, exact.members());
        assertEquals(5, exact.weight(), 0);
        // reference: offset 1.5 makes {0,1} worth 5+1.5-0.5+1.5 = 7.5 > 6.5, so it reports 4.5 (spec 5.4 side effect)
        var ref = PathFinder.of(PathFinder.Mode.PROTOMODELS_V2).best(BinaryAcceptanceMatrix.of(c), w);
        assertArrayEquals(new int[] {0, 1}, ref.members());
        assertEquals(4.5, ref.weight(), 1e-12);
    }

    @Test
    void best_nanWeights_neverChosen_andAllNonPositiveGivesHeaviest() {
        boolean[][] c = {{false, true, true}, {true, false, true}, {true, true, false}};
        var pf = PathFinder.of(PathFinder.Mode.EXACT);
        var r = pf.best(BinaryAcceptanceMatrix.of(c), new double[] {Double.NaN, 2, 3});
        assertArrayEquals(new int[] {2, 1}, r.members());
        var neg = pf.best(BinaryAcceptanceMatrix.of(c), new double[] {-2, -1, -3});
        assertArrayEquals(new int[] {1}, neg.members());
        assertEquals(0, pf.best(BinaryAcceptanceMatrix.of(c), new double[] {Double.NaN, Double.NaN, Double.NaN}).size());
    }

    @Test
    void bam_asymmetricOrDiagonal_refusedNamingEntry() {
        var e = assertThrows(IllegalArgumentException.class, () -> BinaryAcceptanceMatrix.of(new boolean[][] {{false, true}, {false, false}}));
        assertTrue(e.getMessage().contains("combinable/0/1: not symmetric"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BinaryAcceptanceMatrix.of(new boolean[][] {{true}}));
    }

    @Test
    void best_largeDatabaseSizedGraph_returnsValidCliqueWithinPositiveSum() {
        // 300 results with acceptance 0.75, as a full database's BAM: the search must finish and return a clique
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        int n = 300;
        boolean[][] c = randomGraph(rng, n, 0.75);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = rng.nextDouble() < 0.5 ? -rng.nextDouble() : 4 * rng.nextDouble() * rng.nextDouble();
        }
        var r = PathFinder.of(PathFinder.Mode.EXACT).best(BinaryAcceptanceMatrix.of(c), w);
        int[] m = r.members();
        for (int i = 0; i < m.length; i++) {
            for (int j = i + 1; j < m.length; j++) {
                assertTrue(c[m[i]][m[j]]);
            }
        }
        double positive = Arrays.stream(w).filter(x -> x > 0).sum();
        assertTrue(r.weight() > 0 && r.weight() <= positive);
    }

    @Test
    void best_analysisGroups_equalsBruteForce() {
        // results grouped like signal regions of analyses: never combinable within a group, and combinable with
        // another group's results iff the groups are (identical neighbourhoods: the dominated-result reduction)
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        PathFinder pf = PathFinder.of(PathFinder.Mode.EXACT);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + rng.nextInt(17);
            int groups = 1 + rng.nextInt(6);
            int[] g = new int[n];
            for (int i = 0; i < n; i++) {
                g[i] = rng.nextInt(groups);
            }
            boolean[][] gc = randomGraph(rng, groups, rng.nextDouble());
            boolean[][] c = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    // occasionally a region-level exception breaks the identical neighbourhoods
                    boolean v = g[i] != g[j] && (gc[g[i]][g[j]] ^ rng.nextDouble() < 0.05);
                    c[i][j] = c[j][i] = v;
                }
            }
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = rng.nextDouble() < 0.2 ? -rng.nextDouble() : 5 * rng.nextDouble();
            }
            PathFinder.Combination got = pf.best(BinaryAcceptanceMatrix.of(c), w);
            assertEquals(bruteForceBest(c, w), got.weight(), 1e-9, "trial " + trial);
        }
    }

    @Test
    void best_referenceModeWithFewSources_equalsItsBruteForce() {
        // reference semantics: weights offset by |min w| + 1 when one is negative, the clique's heaviest member among
        // the `sources` heaviest results, maximum of the offset sum, reported as the plain sum
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        int sources = 3;
        PathFinder pf = PathFinder.of(PathFinder.Mode.PROTOMODELS_V2, sources);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rng.nextInt(12);
            int groups = 1 + rng.nextInt(5);
            int[] g = new int[n];
            for (int i = 0; i < n; i++) {
                g[i] = rng.nextInt(groups);
            }
            boolean[][] gc = randomGraph(rng, groups, rng.nextDouble());
            boolean[][] c = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    c[i][j] = c[j][i] = g[i] != g[j] && (gc[g[i]][g[j]] ^ rng.nextDouble() < 0.05);
                }
            }
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = rng.nextDouble() < 0.3 ? -rng.nextDouble() : 5 * rng.nextDouble();
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a]) : Integer.compare(a, b));
            int[] rank = new int[n];
            for (int r = 0; r < n; r++) {
                rank[order[r]] = r;
            }
            double min = Arrays.stream(w).min().orElseThrow();
            double offset = min < 0 ? Math.abs(min) + 1 : 0;
            double bestOffset = Double.NEGATIVE_INFINITY;
            double bestPlain = 0;
            for (int mask = 1; mask < (1 << n); mask++) {
                boolean ok = true;
                int top = n;
                double so = 0;
                double sp = 0;
                for (int i = 0; i < n && ok; i++) {
                    if ((mask >> i & 1) == 0) {
                        continue;
                    }
                    top = Math.min(top, rank[i]);
                    so += w[i] + offset;
                    sp += w[i];
                    for (int j = i + 1; j < n; j++) {
                        if ((mask >> j & 1) != 0 && !c[i][j]) {
                            ok = false;
                            break;
                        }
                    }
                }
                if (ok && top < sources && so > bestOffset) {
                    bestOffset = so;
                    bestPlain = sp;
                }
            }
            assertEquals(bestPlain, pf.best(BinaryAcceptanceMatrix.of(c), w).weight(), 1e-9, "trial " + trial + " n=" + n);
        }
    }
}

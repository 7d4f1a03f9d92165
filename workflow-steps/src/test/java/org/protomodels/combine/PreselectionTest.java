package org.protomodels.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;
import org.protomodels.database.Experiment;
import org.protomodels.database.SignalRegionCounts;
import org.protomodels.predict.TheoryPrediction;

/** Signal-region preselection (spec 5.2) against weights computed with the closed-form nll of spec 4.2. */
class PreselectionTest {
    // {n, b, sigma_b, s}
    static final double[][] REGIONS = {{20, 10, 1, 5}, {11, 10, 1, 5}, {12, 10, 1, 2}, {5, 10, 1, 5}};

    static Database db() {
        List<DataSet> ds = new ArrayList<>();
        for (int i = 0; i < REGIONS.length; i++) {
            double[] r = REGIONS[i];
            ds.add(new DataSet("SR" + i, DataType.EFFICIENCY_MAP, new SignalRegionCounts(r[0], r[1], r[2], null, null, null),
                    List.of(), List.of()));
        }
        return Database.of("p", List.of(new Analysis("ATLAS-P", Experiment.ATLAS, 13, 100, "p", null, false, List.of(), ds,
                null, List.of(), Map.of())), Map.of(), List.of());
    }

    static List<TheoryPrediction> predictions(double[] rExp) {
        List<TheoryPrediction> out = new ArrayList<>();
        for (int i = 0; i < REGIONS.length; i++) {
            out.add(new TheoryPrediction("ATLAS-P", "SR" + i, DataType.EFFICIENCY_MAP, 13, List.of("T2tt"), REGIONS[i][3] / 100,
                    null, null, 0.1, rExp[i], REGIONS[i][3], null, List.of("[[['t+']],[['t-']]]"), null));
        }
        return out;
    }

    static Set<String> kept(Scorer s, List<TheoryPrediction> p) {
        Set<String> out = new TreeSet<>();
        for (ResultLikelihood r : s.preselect(s.candidates(p, new HashMap<>()))) {
            out.add(r.datasetId());
        }
        return out;
    }

    @Test
    void preselect_v2Fraction_keepsRegionsAboveFivePercentOfTheBest() {
        double[] w = new double[REGIONS.length];
        for (int i = 0; i < w.length; i++) {
            double[] r = REGIONS[i];
            w[i] = 2 * (HandComputedScoreTest.nll(r[0], r[1], r[2], r[3], 0) - HandComputedScoreTest.nll(r[0], r[1], r[2], r[3], 1));
        }
        double wmax = java.util.Arrays.stream(w).max().orElseThrow();
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < w.length; i++) {
            if (w[i] / wmax >= 0.05) {
                expected.add("SR" + i);
            }
        }
        Scorer s = Scorer.of(db(), Profile.builtin("v2"));
        assertEquals(expected, kept(s, predictions(new double[] {0.1, 0.1, 0.1, 0.1})), "spec 5.2 with weights " + java.util.Arrays.toString(w));
        // a bound of 0.9 keeps only the best, so the second-ranked joins it ("at least two")
        Scorer strict = Scorer.of(db(), Profile.builtin("v2", Map.of("profile.predictions.srPreselection", "0.9")));
        assertEquals(2, kept(strict, predictions(new double[] {0.1, 0.1, 0.1, 0.1})).size());
    }

    @Test
    void preselect_paper2020_bestExpectedRegionOnly() {
        Scorer s = Scorer.of(db(), Profile.builtin("paper2020"));
        assertEquals(Set.of("SR2"), kept(s, predictions(new double[] {0.1, 0.2, 0.7, 0.3})), "largest r_exp");
    }
}

package org.protomodels.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protomodels.database.DataType;
import org.protomodels.predict.TheoryPrediction;

class CriticsTest {
    static TheoryPrediction ul(String ana, double rObs, double rExp) {
        return new TheoryPrediction(ana, "data", DataType.UPPER_LIMIT, 13, List.of("T2tt"), 1, 1 / rObs, 1 / rExp, rObs,
                rExp, null, null, List.of("[[['t']],[['t']]]"), List.of());
    }

    @Test
    void allowedExclusions_specTable_matches() {
        // spec 7.2: n_sens <= 8 -> 0; 10-20 -> 1; 25-40 -> 2; 50 -> 3; 60 -> 4; 80 -> 5; 100 -> 6 (p = 0.05, level 0.66)
        int[][] table = {{1, 0}, {5, 0}, {8, 0}, {10, 1}, {15, 1}, {20, 1}, {25, 2}, {30, 2}, {40, 2}, {50, 3}, {60, 4},
            {80, 5}, {100, 6}};
        for (int[] row : table) {
            assertEquals(row[1], Critics.allowedExclusions(row[0], 0.05, 0.66), "spec 7.2 k* table, n_sens = " + row[0]);
        }
        assertEquals(0, Critics.allowedExclusions(0, 0.05, 0.66), "no sensitive result");
    }

    @Test
    void fast_excludingBeyondAllowance_fails() {
        Profile.Fast p = Profile.builtin("v2").critics().fast();
        List<TheoryPrediction> preds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            preds.add(ul("ATLAS-X-" + i, 0.5, 0.8)); // 10 sensitive, none excluding
        }
        assertTrue(Critics.fast(preds, p).pass());
        preds.set(0, ul("ATLAS-X-0", 1.5, 0.8)); // one excluding: k*(10) = 1 allows it
        assertTrue(Critics.fast(preds, p).pass());
        preds.set(1, ul("ATLAS-X-1", 2.0, 0.8)); // two excluding: fails
        CriticVerdict v = Critics.fast(preds, p);
        assertFalse(v.pass());
        assertEquals("ATLAS-X-1", v.mostConstraining().get(0).analysis(), "largest r_obs first");
        assertTrue(v.description().contains("10 sensitive"), v.description());
    }

    @Test
    void muMax_largestR_capsMu() {
        Profile.MuMax p = Profile.builtin("paper2020").critics().muMax();
        Critics.MuMax m = Critics.muMax(List.of(ul("A", 0.5, 0.5), ul("B", 2.0, 1.0)), p);
        // spec 7.1: mu_max = 0.999 x 1.3 / r_max
        assertEquals(0.999 * 1.3 / 2.0, m.muMax(), 1e-15, "spec 7.1 formula");
        assertTrue(m.verdict().pass(), "never a veto");
    }

    @Test
    void stripped_variantSuffixes_removed() {
        assertEquals("ATLAS-SUSY-2016-16", Critics.stripped("ATLAS-SUSY-2016-16-eff"));
        assertEquals("CMS-SUS-19-006", Critics.stripped("CMS-SUS-19-006-ma5"));
        assertEquals("CMS-SUS-16-050", Critics.stripped("CMS-SUS-16-050-agg"));
    }
}

package org.protomodels.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.protomodels.predict.grid.GridInterpolator;

/** The memo of map values returns, bit for bit, what a fresh interpolator returns, hit or miss. */
class MapValueMemoTest {
    static final GridInterpolator UL = GridInterpolator.of(PredictorTest.map((m1, m2) -> 10 + 0.01 * m1 + 0.02 * m2, "fb"));
    static final GridInterpolator EFF = GridInterpolator.of(PredictorTest.map((m1, m2) -> 0.1 + 1e-4 * (m1 - m2), ""));

    /** Random stop/LSP points, some off the map (m_lsp > m_stop - 100, beyond 1500 GeV). */
    static List<double[]> points(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double m1 = 250 + 1300 * r.nextDouble();
            double m2 = m1 * r.nextDouble();
            out.add(new double[] {m1, m2, m1, m2});
        }
        return out;
    }

    @Test
    void value_missThenHit_bitIdenticalToFreshLookups() {
        MapValueMemo memo = new MapValueMemo();
        List<double[]> pts = points(500, 7);
        for (int round = 0; round < 2; round++) {
            for (double[] x : pts) {
                for (GridInterpolator g : List.of(UL, EFF)) {
                    double fresh = g.value(x);
                    double memoised = memo.value(g, x);
                    assertEquals(Double.doubleToRawLongBits(fresh), Double.doubleToRawLongBits(memoised),
                            "round " + round + " at " + java.util.Arrays.toString(x));
                }
            }
        }
        assertEquals(2000, memo.lookups());
        assertEquals(1000, memo.hits(), "the second round is answered from the memo");
        assertTrue(pts.stream().anyMatch(x -> UL.value(x) == GridInterpolator.NO_VALUE), "some points are off the map");
    }

    @Test
    void value_callerChangesItsArrayAfterwards_memoKeepsTheOldPointsValue() {
        MapValueMemo memo = new MapValueMemo();
        double[] x = {800, 200, 800, 200};
        double at800 = memo.value(UL, x);
        x[0] = 900;
        x[2] = 900;
        assertEquals(UL.value(x), memo.value(UL, x), 0, "new coordinates: a new lookup");
        assertEquals(at800, memo.value(UL, new double[] {800, 200, 800, 200}), 0);
        assertEquals(10 + 8 + 4, at800, 1e-6, "linear map at (800, 200)");
    }

    @Test
    void value_sameCoordinatesOtherMap_notConfused() {
        MapValueMemo memo = new MapValueMemo();
        double[] x = {800, 200, 800, 200};
        assertEquals(22, memo.value(UL, x), 1e-6);
        assertEquals(0.16, memo.value(EFF, x), 1e-6);
        assertEquals(0, memo.hits());
    }

    @Test
    void value_capacityReached_forgetsButStaysExact() {
        MapValueMemo memo = new MapValueMemo(16);
        for (double[] x : points(200, 11)) {
            assertEquals(Double.doubleToRawLongBits(UL.value(x)), Double.doubleToRawLongBits(memo.value(UL, x)));
            assertTrue(memo.size() <= 16, "bounded: " + memo.size());
        }
    }

    @Test
    void predict_repeatedAndRescaledModels_sameAsAFreshPredictor() {
        Predictor warm = Predictor.of(PredictorTest.database(), Predictor.Settings.protomodels());
        for (double ssm : new double[] {0.5, 0.5, 0.7, 1.3, 0.5}) {
            List<TheoryPrediction> again = warm.predict(PredictorTest.stop(ssm));
            List<TheoryPrediction> fresh = Predictor.predict(PredictorTest.stop(ssm), PredictorTest.database());
            assertEquals(fresh, again, "ssm " + ssm);
            assertEquals(2, again.size());
        }
    }
}

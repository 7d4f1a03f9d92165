package org.protomodels.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protomodels.database.Analysis;
import org.protomodels.database.Condition;
import org.protomodels.database.Constraint;
import org.protomodels.database.CrossSectionTable;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;
import org.protomodels.database.Experiment;
import org.protomodels.database.Grid;
import org.protomodels.database.GridAxis;
import org.protomodels.database.SignalRegionCounts;
import org.protomodels.database.TxName;
import org.protomodels.predict.model.Decay;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.SignalStrength;

class PredictorTest {
    static final double SIGMA_800 = 100.0; // fb, synthetic stop table value at 800 GeV (13 TeV)

    static Constraint t2tt() {
        return new Constraint("bracket", "[[['t']],[['t']]]",
                List.of(new Constraint.Term(1.0, List.of(List.of(List.of("t")), List.of(List.of("t"))), null)));
    }

    static List<GridAxis> axes() {
        return List.of(new GridAxis("m_stop", "mass", "GeV", 0, 0, null), new GridAxis("m_lsp", "mass", "GeV", 0, 1, null),
                new GridAxis("m_stop", "mass", "GeV", 1, 0, null), new GridAxis("m_lsp", "mass", "GeV", 1, 1, null));
    }

    /** A T2tt map with value f(m1, m2) on a 50 GeV lattice. */
    static Grid map(java.util.function.DoubleBinaryOperator f, String unit) {
        List<double[]> pts = new ArrayList<>();
        List<Double> vals = new ArrayList<>();
        for (double m1 = 300; m1 <= 1500; m1 += 50) {
            for (double m2 = 0; m2 <= m1 - 100; m2 += 50) {
                pts.add(new double[] {m1, m2, m1, m2});
                vals.add(f.applyAsDouble(m1, m2));
            }
        }
        return new Grid(axes(), unit, pts.toArray(new double[0][]), vals.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static Database database() {
        TxName ul = new TxName("T2tt", t2tt(), List.of(), null, null, "True",
                map((m1, m2) -> 10 + 0.01 * m1 + 0.02 * m2, "fb"), map((m1, m2) -> 12 + 0.01 * m1, "fb"), null, null);
        Analysis ulAna = new Analysis("TEST-UL", Experiment.CMS, 13, 36.1, "test", null, false, null,
                List.of(new DataSet("data", DataType.UPPER_LIMIT, null, null, List.of(ul))), null, null, null);
        TxName em = new TxName("T2tt", t2tt(), List.of(), null, null, "True", null, null, map((m1, m2) -> 0.1, ""), null);
        Analysis emAna = new Analysis("TEST-EM", Experiment.ATLAS, 13, 139, "test", null, false, null,
                List.of(new DataSet("SR1", DataType.EFFICIENCY_MAP, new SignalRegionCounts(5, 4, 1, 2.5, 2.0, null), null, List.of(em))),
                null, null, null);
        CrossSectionTable stop = new CrossSectionTable("stop", 13, "NNLL", new double[] {700, 800, 900},
                new double[] {300, SIGMA_800, 40}, new double[3], "synthetic");
        return Database.of("test", List.of(ulAna, emAna), Map.of(), List.of(stop));
    }

    static ProtoModel stop(double ssm) {
        return ProtoModel.of(Map.of(1000022, 200.0, 1000006, 800.0), List.of(new Decay(1000006, List.of(1000022, 6), 1.0)),
                List.of(new SignalStrength(-1000006, 1000006, ssm)), 5);
    }

    @Test
    void predict_stopToTopLsp_ulAndEmPredictions() {
        List<TheoryPrediction> ps = Predictor.predict(stop(0.5), database());
        assertEquals(2, ps.size(), ps.toString());
        TheoryPrediction ul = ps.stream().filter(p -> p.analysisId().equals("TEST-UL")).findFirst().orElseThrow();
        double sigma = 0.5 * SIGMA_800;
        assertRelClose(sigma, ul.sigmaFb(), 1e-12, "sigma x BR = table 100 fb x SSM 0.5");
        double ulValue = 10 + 0.01 * 800 + 0.02 * 200;
        assertRelClose(ulValue, ul.upperLimitFb(), 1e-6, "linear UL map at (800, 200)");
        assertRelClose(sigma / ulValue, ul.rObs(), 1e-6, "r_obs");
        assertRelClose(sigma / (12 + 8.0), ul.rExp(), 1e-6, "r_exp from the expected map");
        assertEquals(List.of("[[['t+']],[['t-']]]"), ul.topologies());
        assertEquals(List.of(800.0, 200.0, 800.0, 200.0), ul.averageMasses());
        TheoryPrediction em = ps.stream().filter(p -> p.analysisId().equals("TEST-EM")).findFirst().orElseThrow();
        assertRelClose(sigma * 0.1, em.sigmaFb(), 1e-6, "sigma x BR x eff 0.1");
        assertRelClose(sigma * 0.1 * 139, em.signalYield(), 1e-6, "yield = sigma x eff x 139/fb");
        assertRelClose(sigma * 0.1 / 2.5, em.rObs(), 1e-6, "r_obs vs published UL 2.5 fb");
        assertNull(em.averageMasses());
    }

    @Test
    void predict_noMatchingTopologyOrOffMap_noPredictions() {
        ProtoModel charm = ProtoModel.of(Map.of(1000022, 760.0, 1000006, 800.0),
                List.of(new Decay(1000006, List.of(1000022, 4), 1.0)), List.of(), null);
        assertTrue(Predictor.predict(charm, database()).isEmpty(), "[[c]],[[c]] matches no T2tt constraint");
        assertTrue(Predictor.predict(stop(0.0), database()).isEmpty(), "SSM 0: no cross section, no element");
    }

    @Test
    void predict_conditionViolated_ulPredictionDropped() {
        // Cgtr([[['t']],[['t']]], [[['b']],[['b']]]) is satisfied (0) for a pure stop -> t N1 model
        Constraint tt = t2tt();
        Constraint bb = new Constraint("bracket", "[[['b']],[['b']]]",
                List.of(new Constraint.Term(1.0, List.of(List.of(List.of("b")), List.of(List.of("b"))), null)));
        TxName ulOk = new TxName("T2tt", tt, List.of(new Condition("Cgtr(tt,bb)", "Cgtr", List.of(tt, bb))), null, null,
                "True", map((m1, m2) -> 50, "fb"), null, null, null);
        TxName ulBad = new TxName("T2ttRev", tt, List.of(new Condition("Cgtr(bb,tt)", "Cgtr", List.of(bb, tt))), null, null,
                "True", map((m1, m2) -> 50, "fb"), null, null, null);
        Analysis a = new Analysis("TEST-COND", Experiment.CMS, 13, 36.1, "test", null, false, null,
                List.of(new DataSet("data", DataType.UPPER_LIMIT, null, null, List.of(ulOk, ulBad))), null, null, null);
        Database db = Database.of("test", List.of(a), Map.of(), database().crossSections());
        List<TheoryPrediction> ps = Predictor.predict(stop(1), db);
        assertEquals(1, ps.size(), ps.toString());
        assertEquals(List.of("T2tt"), ps.get(0).txNames());
        assertEquals(0.0, ps.get(0).maxCondition());
    }
}

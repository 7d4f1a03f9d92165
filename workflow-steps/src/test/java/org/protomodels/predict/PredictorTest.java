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

    /** The same T2tt-like map with graph-notation axes: stop and LSP of each branch by node index (dataMap). */
    static Grid graphMap(Grid bracket) {
        List<GridAxis> axes = List.of(new GridAxis("mass(anyBSM(1))", "mass", "GeV", null, null, 1),
                new GridAxis("mass(MET(3))", "mass", "GeV", null, null, 3),
                new GridAxis("mass(anyBSM(2))", "mass", "GeV", null, null, 2),
                new GridAxis("mass(MET(4))", "mass", "GeV", null, null, 4));
        return new Grid(axes, bracket.valueUnit(), bracket.points(), bracket.values());
    }

    @Test
    void predict_graphNotationOfTheSameConstraint_identicalPredictions() {
        // a sum with a coefficient and a condition, once in bracket notation, once hand-written in graph notation
        String tt = "[[['t']],[['t']]]";
        String bb = "[[['b']],[['b']]]";
        String ttGraph = "{(PV > anyBSM(1),anyBSM(2)), (anyBSM(1) > t,MET(3)), (anyBSM(2) > t,MET(4))}";
        String bbGraph = "{(PV > anyBSM(1),anyBSM(2)), (anyBSM(1) > b,MET(3)), (anyBSM(2) > b,MET(4))}";
        Constraint bracket = org.protomodels.ingest.smodels.ConstraintParser.constraint("1.5*(" + tt + "+" + bb + ")");
        Constraint graph = org.protomodels.ingest.smodels.ConstraintParser.constraint("1.5*(" + ttGraph + "+" + bbGraph + ")");
        var bracketCond = org.protomodels.ingest.smodels.ConstraintParser.conditions("Cgtr(" + bb + "," + tt + ")");
        var graphCond = org.protomodels.ingest.smodels.ConstraintParser.conditions("Cgtr(" + bbGraph + "," + ttGraph + ")");
        Grid ul = map((m1, m2) -> 10 + 0.01 * m1 + 0.02 * m2, "fb");
        Grid eul = map((m1, m2) -> 12 + 0.01 * m1, "fb");
        Grid eff = map((m1, m2) -> 1e-4 * m1 - 1e-4 * m2, "");
        TxName ulB = new TxName("TB", bracket, bracketCond, null, null, "True", ul, eul, null, null);
        TxName ulG = new TxName("TB", graph, graphCond, null, null, "True", graphMap(ul), graphMap(eul), null, null);
        TxName emB = new TxName("TB", bracket, List.of(), null, null, "True", null, null, eff, null);
        TxName emG = new TxName("TB", graph, List.of(), null, null, "True", null, null, graphMap(eff), null);
        // stop -> t N1 (0.52) | b C1 (0.48), C1 within 10 GeV of N1 (compressed): tt, tb and bb elements
        ProtoModel m = ProtoModel.of(Map.of(1000022, 200.0, 1000024, 205.0, 1000006, 812.5),
                List.of(new Decay(1000006, List.of(1000022, 6), 0.52), new Decay(1000006, List.of(1000024, 5), 0.48),
                        new Decay(1000024, List.of(1000022, 2, 1), 1.0)),
                List.of(new SignalStrength(-1000006, 1000006, 1.0)), null);
        List<TheoryPrediction> fromBracket = Predictor.predict(m, single(ulB, emB));
        List<TheoryPrediction> fromGraph = Predictor.predict(m, single(ulG, emG));
        assertEquals(2, fromBracket.size(), fromBracket.toString());
        assertEquals(fromBracket, fromGraph, "bracket and graph notation of one constraint give identical predictions");
        TheoryPrediction ulPrediction = fromBracket.stream().filter(p -> p.analysisId().equals("TEST-UL")).findFirst().orElseThrow();
        // Cgtr(bb, tt) with bb = 0.48^2, tt = 0.52^2 of sigma: (|bb - tt| - (bb - tt)) / (2 (bb + tt)) = 0.08 / 1.0016
        assertRelClose(0.08 / 1.0016, ulPrediction.maxCondition(), 1e-9, "Cgtr evaluated on the compiled condition terms (hand value)");
    }

    static Database single(TxName ul, TxName em) {
        Analysis ulAna = new Analysis("TEST-UL", Experiment.CMS, 13, 36.1, "test", null, false, null,
                List.of(new DataSet("data", DataType.UPPER_LIMIT, null, null, List.of(ul))), null, null, null);
        Analysis emAna = new Analysis("TEST-EM", Experiment.ATLAS, 13, 139, "test", null, false, null,
                List.of(new DataSet("SR1", DataType.EFFICIENCY_MAP, new SignalRegionCounts(5, 4, 1, 2.5, 2.0, null), null, List.of(em))),
                null, null, null);
        return Database.of("test", List.of(ulAna, emAna), Map.of(), database().crossSections());
    }
}

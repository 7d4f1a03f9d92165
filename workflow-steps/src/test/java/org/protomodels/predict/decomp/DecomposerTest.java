package org.protomodels.predict.decomp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protomodels.predict.model.Decay;
import org.protomodels.predict.model.ProductionCrossSection;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.SignalStrength;

class DecomposerTest {
    static final List<List<List<String>>> T2TT = List.of(List.of(List.of("t")), List.of(List.of("t")));

    static ProtoModel stopModel(double mStop, double mLsp) {
        return ProtoModel.of(Map.of(1000022, mLsp, 1000006, mStop), List.of(new Decay(1000006, List.of(1000022, 6), 1.0)),
                List.of(new SignalStrength(-1000006, 1000006, 0.7)), null);
    }

    @Test
    void decompose_stopPairToTopLsp_exactlyT2tt() {
        ProtoModel m = stopModel(800, 200);
        // sigma already includes the SSM, as ReferenceCrossSections delivers it
        var xs = List.of(new ProductionCrossSection(-1000006, 1000006, 13, 3, 0.7 * 283.0, "(stop)"),
                new ProductionCrossSection(-1000006, 1000006, 8, 3, 0.7 * 28.0, "(stop)"));
        List<Element> els = Decomposer.decompose(m, xs, Decomposer.Settings.protomodels());
        assertEquals(1, els.size(), "nothing but the T2tt element: " + els);
        Element e = els.get(0);
        assertEquals("[[['t+']],[['t-']]]", e.topology(), "stop -> t+, anti-stop -> t-");
        assertRelClose(0.7 * 283.0, e.weightFb(1), 1e-12, "sigma(13 TeV) x BR 1 x BR 1");
        assertRelClose(0.7 * 28.0, e.weightFb(0), 1e-12, "sigma(8 TeV) x BR 1 x BR 1");
        assertEquals(Matcher.IN_ORDER, Matcher.match(T2TT, e), "'t' matches t+ and t-");
        assertEquals(800.0, e.masses(0)[0]);
        assertEquals(200.0, e.masses(1)[1]);
    }

    @Test
    void decompose_belowSigmacut_dropped() {
        ProtoModel m = stopModel(800, 200);
        var xs = List.of(new ProductionCrossSection(-1000006, 1000006, 13, 3, 0.019, "(stop)"));
        assertTrue(Decomposer.decompose(m, xs, Decomposer.Settings.protomodels()).isEmpty(), "0.019 fb < sigmacut 0.02 fb");
    }

    @Test
    void decompose_branchingRatios_weightsMultiplyAndSum() {
        // stop -> t N1 (0.6) | b C1+ (0.4); C1 -> N1 W+ (1)
        ProtoModel m = ProtoModel.of(Map.of(1000022, 100.0, 1000024, 300.0, 1000006, 800.0),
                List.of(new Decay(1000006, List.of(1000022, 6), 0.6), new Decay(1000006, List.of(1000024, 5), 0.4),
                        new Decay(1000024, List.of(1000022, 24), 1.0)), List.of(), null);
        var xs = List.of(new ProductionCrossSection(-1000006, 1000006, 13, 3, 100.0, ""));
        List<Element> els = Decomposer.decompose(m, xs, Decomposer.Settings.protomodels());
        double total = els.stream().mapToDouble(e -> e.weightFb(1)).sum();
        assertRelClose(100.0, total, 1e-12, "BRs sum to one over the three element types (tt, tb mixed, bb)");
        assertEquals(4, els.size(), "tt, (t+, bW-), (t-, bW+), bWbW: " + els);
        for (Element mixed : els.stream().filter(e -> e.vertices(0) != e.vertices(1)).toList()) {
            assertRelClose(100.0 * 0.6 * 0.4, mixed.weightFb(1), 1e-12, "t/b mixed, one charge assignment");
        }
        var t6bbww = List.of(List.of(List.of("b"), List.of("W")), List.of(List.of("b"), List.of("W")));
        assertTrue(els.stream().anyMatch(e -> Matcher.match(t6bbww, e) >= 0), "T6bbWW-like element present");
    }

    @Test
    void decompose_smallMassGap_compressedElementAdded() {
        // C1 5 GeV above N1: C1 -> N1 W+ is off-shell, use 3-body N1 u dbar; mass compression removes the vertex
        ProtoModel m = ProtoModel.of(Map.of(1000022, 300.0, 1000024, 305.0, 1000006, 800.0),
                List.of(new Decay(1000006, List.of(1000024, 5), 1.0), new Decay(1000024, List.of(1000022, 2, 1), 1.0)),
                List.of(), null);
        var xs = List.of(new ProductionCrossSection(-1000006, 1000006, 13, 3, 50.0, ""));
        List<Element> els = Decomposer.decompose(m, xs, Decomposer.Settings.protomodels());
        var t2bb = List.of(List.of(List.of("b")), List.of(List.of("b")));
        Element c = els.stream().filter(e -> Matcher.match(t2bb, e) >= 0).findFirst().orElseThrow();
        assertRelClose(50.0, c.weightFb(1), 1e-12, "compressed [[b]],[[b]] carries the full weight");
        assertEquals(300.0, c.masses(0)[1], "the decay C1 -> N1 is removed, the daughter N1 kept (spec 3.2.2)");
        assertEquals(2, els.size(), "original and compressed: " + els);
    }

    @Test
    void decompose_sneutrinoToNuLsp_invisiblyCompressed() {
        ProtoModel m = ProtoModel.of(Map.of(1000022, 100.0, 1000012, 400.0), List.of(new Decay(1000012, List.of(1000022, 12), 1.0)),
                List.of(), null);
        var xs = List.of(new ProductionCrossSection(1000012, 1000012, 13, 2, 10.0, ""));
        List<Element> els = Decomposer.decompose(m, xs, Decomposer.Settings.protomodels());
        assertTrue(els.stream().anyMatch(e -> e.topology().equals("[[],[]]") && e.masses(0)[0] == 400.0), els.toString());
    }

    @Test
    void decompose_richModelWithoutCutOrCompression_weightsSumToCrossSections() {
        // gluino -> t stop | N2 g; stop -> t N1 | b C1; N2 -> N1 Z | N1 h | C1 W; C1 -> N1 W
        ProtoModel m = ProtoModel.of(Map.of(1000022, 100.0, 1000024, 300.0, 1000023, 420.0, 1000006, 700.0, 1000021, 1200.0),
                List.of(new Decay(1000021, List.of(1000006, 6), 0.5), new Decay(1000021, List.of(1000023, 21), 0.5),
                        new Decay(1000006, List.of(1000022, 6), 0.3), new Decay(1000006, List.of(1000024, 5), 0.7),
                        new Decay(1000023, List.of(1000022, 23), 0.2), new Decay(1000023, List.of(1000022, 25), 0.7),
                        new Decay(1000023, List.of(1000024, 24), 0.1), new Decay(1000024, List.of(1000022, 24), 1.0)),
                List.of(), null);
        var xs = List.of(new ProductionCrossSection(1000021, 1000021, 13, 3, 1.0, ""),
                new ProductionCrossSection(-1000006, 1000006, 13, 3, 20.0, ""),
                new ProductionCrossSection(1000023, 1000024, 13, 2, 30.0, ""),
                new ProductionCrossSection(1000021, 1000021, 8, 3, 0.1, ""));
        List<Element> els = Decomposer.decompose(m, xs, new Decomposer.Settings(0, 0, false, false));
        assertRelClose(51.0, els.stream().mapToDouble(e -> e.weightFb(1)).sum(), 1e-12, "13 TeV: BRs close, sum = 1+20+30 fb");
        assertRelClose(0.1, els.stream().mapToDouble(e -> e.weightFb(0)).sum(), 1e-12, "8 TeV: gluino pairs only");
        List<Element> cut = Decomposer.decompose(m, xs, Decomposer.Settings.protomodels());
        assertTrue(cut.stream().allMatch(e -> Math.max(e.weightFb(0), e.weightFb(1)) >= 0.02), "sigmacut 0.02 fb: " + cut);
        assertTrue(cut.size() < els.size(), "the cut removes the smallest of the " + els.size() + " elements");
    }

    @Test
    void matcher_inclusiveLabels() {
        Element e = new Element(new String[][][] {{{"e+"}, {"W+"}}, {{"mu-"}, {"q", "q"}}},
                new double[][] {{500, 300, 100}, {500, 300, 100}}, new double[] {0, 1});
        assertEquals(Matcher.SWAPPED, Matcher.match(List.of(List.of(List.of("l"), List.of("jet", "jet")),
                List.of(List.of("L"), List.of("W"))), e));
        assertTrue(Matcher.match(List.of(List.of(List.of("anySM"), List.of("*anySM")), List.of(List.of("*"), List.of("W+"))), e) >= 0);
        assertEquals(Matcher.NO_MATCH, Matcher.match(List.of(List.of(List.of("l-"), List.of("W")),
                List.of(List.of("l"), List.of("jet", "jet"))), e), "e+ is not l-");
        assertEquals(Matcher.NO_MATCH, Matcher.match(List.of(List.of(List.of("jet")), List.of(List.of("jet"))), e), "vertex count differs");
        assertEquals(Matcher.NO_MATCH, Matcher.match(List.of(List.of(List.of("e+"), List.of("W")),
                List.of(List.of("mu-"), List.of("b", "q"))), e), "b is not q");
    }
}

package org.protomodels.predict.decomp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.protomodels.database.Constraint;
import org.protomodels.ingest.smodels.ConstraintParser;

class TermPatternTest {
    static TermPattern graph(String raw) {
        Constraint c = ConstraintParser.constraint(raw);
        assertEquals("graph", c.notation());
        return TermPattern.of(c.terms().get(0));
    }

    static Element element(String[][][] labels, double[][] masses, int[][] pdgs) {
        return Element.of(labels, masses, pdgs, new double[] {0, 1});
    }

    @Test
    void graph_twoCascades_sameFormAsBracketWithNodePositions() {
        TermPattern g = graph("{(PV > anyBSM(1),anyBSM(2)), (anyBSM(1) > W,MET(3)), (anyBSM(2) > higgs,MET(4))}");
        TermPattern b = TermPattern.of(ConstraintParser.constraint("[[['W']],[['higgs']]]").terms().get(0));
        assertTrue(g.reachable());
        assertEquals(b.sm(), g.sm(), "same SM vertices as the bracket notation");
        assertArrayEquals(new int[] {0, 0}, g.position(1));
        assertArrayEquals(new int[] {0, 1}, g.position(3));
        assertArrayEquals(new int[] {1, 0}, g.position(2));
        assertArrayEquals(new int[] {1, 1}, g.position(4));
        assertNull(g.position(5));
        assertNull(g.bsm(0, 0), "anyBSM: no check");
        assertEquals("MET", g.bsm(1, 1));
    }

    @Test
    void graph_sumsWithCoefficients_eachTermCompiled() {
        Constraint c = ConstraintParser.constraint("2.*({(PV > anyBSM(1),anyBSM(2)), (anyBSM(1) > e+,MET(3)), (anyBSM(2) > e-,MET(4))}"
                + " + {(PV > anyBSM(1),anyBSM(2)), (anyBSM(1) > mu+,MET(3)), (anyBSM(2) > mu-,MET(4))})");
        List<TermPattern> ts = TermPattern.of(c);
        assertEquals(2, ts.size());
        assertEquals(2.0, ts.get(0).coefficient());
        assertEquals(2.0, ts.get(1).coefficient());
        assertEquals(List.of(List.of(List.of("mu+")), List.of(List.of("mu-"))), ts.get(1).sm());
    }

    @Test
    void graph_singleResonanceOrBsmSplitting_unreachable() {
        TermPattern z = graph("{(PV > Zprime(1)), (Zprime(1) > MET(2),MET(3))}");
        assertFalse(z.reachable());
        assertTrue(z.whyUnreachable().contains("1 BSM particle(s) produced"), z.whyUnreachable());
        TermPattern split = graph("{(PV > anyBSM(1),anyBSM(2)), (anyBSM(1) > MET(3),MET(4)), (anyBSM(2) > b,MET(5))}");
        assertFalse(split.reachable());
        assertTrue(split.whyUnreachable().contains("two BSM particles"), split.whyUnreachable());
        assertEquals(Matcher.NO_MATCH, Matcher.match(z, element(new String[][][] {{}, {}}, new double[][] {{500}, {500}},
                new int[][] {{1000022}, {1000022}})));
    }

    @Test
    void graph_unknownLabel_rejectedWithTheLabel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> graph("{(PV > anyBSM(1),anyBSM(2)), (anyBSM(1) > quark,MET(3)), (anyBSM(2) > b,MET(4))}"));
        assertTrue(e.getMessage().contains("'quark'"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> graph("{(PV > Y1(1),anyBSM(2)), (Y1(1) > b,MET(3)), (anyBSM(2) > b,MET(4))}"));
    }

    @Test
    void match_bsmLabelsByQuantumNumbers() {
        // gluino -> t stop -> t N1 on both branches
        TermPattern gluino = graph("{(PV > gluino(1),gluino(2)), (gluino(1) > t,anyBSM(3)), (gluino(2) > t,anyBSM(4)),"
                + " (anyBSM(3) > t,MET(5)), (anyBSM(4) > t,MET(6))}");
        String[][][] labels = {{{"t+"}, {"t-"}}, {{"t-"}, {"t+"}}};
        double[][] masses = {{1500, 800, 100}, {1500, 800, 100}};
        assertEquals(Matcher.IN_ORDER, Matcher.match(gluino, element(labels, masses,
                new int[][] {{1000021, 1000006, 1000022}, {1000021, -1000006, 1000022}})));
        assertEquals(Matcher.NO_MATCH, Matcher.match(gluino, element(labels, masses,
                new int[][] {{2000006, 1000006, 1000022}, {-2000006, -1000006, 1000022}})), "a stop is no gluino");
        TermPattern chargino = graph("{(PV > C1+(1),C1-(2)), (C1+(1) > W,MET(3)), (C1-(2) > W,MET(4))}");
        Element ww = element(new String[][][] {{{"W+"}}, {{"W-"}}}, new double[][] {{400, 100}, {400, 100}},
                new int[][] {{1000024, 1000022}, {-1000024, 1000022}});
        assertTrue(Matcher.match(chargino, ww) >= 0, "C1+ and C1- by charge");
        TermPattern charged = graph("{(PV > C1+(1),C1+(2)), (C1+(1) > W,MET(3)), (C1+(2) > W,MET(4))}");
        assertEquals(Matcher.NO_MATCH, Matcher.match(charged, ww), "C1- is not C1+");
        assertEquals(Matcher.NO_MATCH, Matcher.match(chargino, element(new String[][][] {{{"W+"}}, {{"W-"}}},
                new double[][] {{400, 100}, {400, 100}}, new int[][] {{0, 0}, {0, 0}})), "unknown particles fail named labels");
    }
}

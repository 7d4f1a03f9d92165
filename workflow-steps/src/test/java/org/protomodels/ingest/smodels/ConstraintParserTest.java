package org.protomodels.ingest.smodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.protomodels.database.Condition;
import org.protomodels.database.Constraint;

class ConstraintParserTest {
    @Test
    void constraint_singleBracketTopology_givesBranchesOfVertices() {
        Constraint c = ConstraintParser.constraint("[[['t']],[['t']]]");
        assertEquals("bracket", c.notation());
        assertEquals(1, c.terms().size());
        assertEquals(1.0, c.terms().get(0).coefficient(), 0.0);
        assertEquals(List.of(List.of(List.of("t")), List.of(List.of("t"))), c.terms().get(0).branches());
        assertNull(c.terms().get(0).edges());
    }

    @Test
    void constraint_unquotedAndStrayQuotedLabels_areTheSameAsQuoted() {
        assertEquals(ConstraintParser.constraint("[[['jet','jet'],['W']],[['b'],['l-','nu']]]").terms(),
                ConstraintParser.constraint("[[[jet, jet],[W]],[[b],[''l-','nu'']]]").terms());
    }

    @Test
    void constraint_sumWithCoefficients_scalesEveryTerm() {
        Constraint c = ConstraintParser.constraint("71.*([[['mu+','mu-']],[['l','nu']]] + [[['e+','e-']],[['l','nu']]])");
        assertEquals(2, c.terms().size());
        assertEquals(71.0, c.terms().get(0).coefficient(), 0.0);
        assertEquals(71.0, c.terms().get(1).coefficient(), 0.0);
        assertEquals(List.of("e+", "e-"), c.terms().get(1).branches().get(0).get(0));
        Constraint q = ConstraintParser.constraint("9./4.*[[['b', 'jet','jet']],[['b', 'jet','jet']]]");
        assertEquals(2.25, q.terms().get(0).coefficient(), 0.0, "9/4 exactly");
        Constraint s = ConstraintParser.constraint("[[['e+']],[['e-']]]+2.23 * [[['mu+']],[['mu-']]]");
        assertEquals(1.0, s.terms().get(0).coefficient(), 0.0);
        assertEquals(2.23, s.terms().get(1).coefficient(), 0.0);
    }

    @Test
    void constraint_starBranch_isAnInclusiveBranch() {
        Constraint c = ConstraintParser.constraint("[[*],[['*'],[ '*']]]");
        var branches = c.terms().get(0).branches();
        assertEquals(List.of(List.of(ConstraintParser.INCLUSIVE_BRANCH)), branches.get(0));
        assertEquals(List.of(List.of("*"), List.of("*")), branches.get(1));
        assertEquals(List.of(List.of(), List.of()), ConstraintParser.constraint("[[],[]]").terms().get(0).branches());
    }

    @Test
    void constraint_graphNotation_givesIndexedEdges() {
        Constraint c = ConstraintParser.constraint("{(PV > H0(1)), (H0(1) > MET(2),MET(3))}");
        assertEquals("graph", c.notation());
        var edges = c.terms().get(0).edges();
        assertEquals(2, edges.size());
        assertEquals(new Constraint.Node("PV", -1), edges.get(0).mother());
        assertEquals(List.of(new Constraint.Node("H0", 1)), edges.get(0).daughters());
        assertEquals(List.of(new Constraint.Node("MET", 2), new Constraint.Node("MET", 3)), edges.get(1).daughters());
        Constraint sum = ConstraintParser.constraint("2*{(PV > anyBSM(1),anyBSM(2)), (anyBSM(1) > W,MET(3)), "
                + "(anyBSM(2) > higgs,MET(4))} + {(PV > C1(1)), (C1(1) > e-,MET(2))}");
        assertEquals(2, sum.terms().size());
        assertEquals(2.0, sum.terms().get(0).coefficient(), 0.0);
        assertEquals(new Constraint.Node("W", -1), sum.terms().get(0).edges().get(1).daughters().get(0));
        assertEquals(new Constraint.Node("e-", -1), sum.terms().get(1).edges().get(1).daughters().get(0));
    }

    @Test
    void constraint_malformed_isRefused() {
        assertThrows(ConstraintParser.SyntaxException.class, () -> ConstraintParser.constraint("[[['t']],[['t']]"));
        assertThrows(ConstraintParser.SyntaxException.class, () -> ConstraintParser.constraint("2.5"));
        assertThrows(ConstraintParser.SyntaxException.class,
                () -> ConstraintParser.constraint("[[['t']],[['t']]]*[[['b']],[['b']]]"));
    }

    @Test
    void conditions_semicolonSeparated_giveOneConditionEach() {
        List<Condition> cs = ConstraintParser.conditions(
                "cSim([[['L'],['L']],[['L'],['nu']]],[[['L'],['L']],[['nu'],['L']]]); cGtr([[['L'],['L']],[['nu'],['L']]],"
                        + "3.*[[['ta'],['ta']],[['nu'],['L']]])");
        assertEquals(2, cs.size());
        assertEquals("Csim", cs.get(0).function());
        assertEquals(2, cs.get(0).arguments().size());
        assertEquals("Cgtr", cs.get(1).function());
        assertEquals(3.0, cs.get(1).arguments().get(1).terms().get(0).coefficient(), 0.0);
        assertTrue(cs.get(1).raw().startsWith("cGtr("));
    }

    @Test
    void conditions_noneAndSumArguments_areRead() {
        assertEquals(List.of(), ConstraintParser.conditions("None"));
        List<Condition> cs = ConstraintParser.conditions("Csim([[['t'],['Z']],[['t'],['photon']]]+2.*[[['t'],['photon']],"
                + "[['t'],['photon']]]+2.*[[['t'],['Z']],[['t'],['Z']]])");
        assertEquals(1, cs.get(0).arguments().size());
        assertEquals(3, cs.get(0).arguments().get(0).terms().size());
        List<Condition> list = ConstraintParser.conditions("['Cgtr([[[\"mu+\"]],[[\"mu-\"]]],[[[\"e+\"]],[[\"e-\"]]])']");
        assertEquals("Cgtr", list.get(0).function());
    }

    @Test
    void conditions_unknownFunction_isRefused() {
        assertThrows(ConstraintParser.SyntaxException.class,
                () -> ConstraintParser.conditions("Cfoo([[['t']],[['t']]],[[['b']],[['b']]])"));
        assertThrows(ConstraintParser.SyntaxException.class,
                () -> ConstraintParser.conditions("Cgtr([[['t']],[['t']]])"));
    }
}

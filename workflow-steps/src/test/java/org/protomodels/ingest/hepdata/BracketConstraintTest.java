package org.protomodels.ingest.hepdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.protomodels.database.Constraint;

class BracketConstraintTest {
    @Test
    void parse_sumOfThreeTopologies_givesThreeTermsWithBranchesAndVertices() {
        Constraint c = BracketConstraint.parse(
                "[[['b','b'],['photon']],[['b','b'],['photon']]]+[[['b','b'],['photon']],[['b','b'],['Z']]]"
                        + " + 2.0*[[['b','b'],['Z']],[['b','b'],['Z']]]");
        assertEquals("bracket", c.notation());
        assertEquals(3, c.terms().size());
        assertEquals(List.of(List.of("b", "b"), List.of("Z")), c.terms().get(1).branches().get(1));
        assertEquals(2.0, c.terms().get(2).coefficient());
        assertEquals(1.0, c.terms().get(0).coefficient());
    }

    @Test
    void parse_emptyVertex_isAnEmptyLabelList() {
        Constraint c = BracketConstraint.parse("[[],[['jet']]]".replace("[[],", "[[[]],"));
        assertEquals(List.of(List.of()), c.terms().get(0).branches().get(0));
    }

    @Test
    void parse_unsupportedSyntax_keepsRawWithNoTerms() {
        String raw = "2.*([[['t']],[['t']]]+[[['b']],[['b']]])";
        Constraint c = BracketConstraint.parse(raw);
        assertEquals(raw, c.raw());
        assertTrue(c.terms().isEmpty());
    }
}

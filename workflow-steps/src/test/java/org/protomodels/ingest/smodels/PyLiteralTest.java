package org.protomodels.ingest.smodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PyLiteralTest {
    @Test
    void parse_energyInTeV_isNormalisedToGeV() {
        var q = assertInstanceOf(PyLiteral.Quantity.class, PyLiteral.parse("13*TeV"));
        assertTrue(q.isMass());
        assertEquals(13000.0, q.value(), 0.0, "13*TeV = 13000 GeV exactly");
    }

    @Test
    void parse_luminosityPerFb_isInverseCrossSection() {
        var q = assertInstanceOf(PyLiteral.Quantity.class, PyLiteral.parse("139./fb"));
        assertTrue(q.isInverseCrossSection());
        assertEquals(139.0, q.value(), 0.0);
        var pb = assertInstanceOf(PyLiteral.Quantity.class, PyLiteral.parse("20/pb"));
        assertEquals(0.02, pb.value(), 1e-15, "20 pb^-1 = 0.02 fb^-1");
    }

    @Test
    void parse_crossSections_areNormalisedToFb() {
        var fb = assertInstanceOf(PyLiteral.Quantity.class, PyLiteral.parse("5.681*fb"));
        assertTrue(fb.isCrossSection());
        assertEquals(5.681, fb.value(), 0.0);
        var pb = assertInstanceOf(PyLiteral.Quantity.class, PyLiteral.parse("1.5E-01*pb"));
        assertEquals(150.0, pb.value(), 1e-12, "0.15 pb = 150 fb");
    }

    @Test
    void parse_trailingTabComment_isIgnored() {
        var q = assertInstanceOf(PyLiteral.Quantity.class,
                PyLiteral.parse("0.861*fb\t# official number taken from ATLAS (calculated value: 0.971*fb)"));
        assertEquals(0.861, q.value(), 0.0);
    }

    @Test
    void parse_containers_giveListsTuplesDictsAndConstants() {
        assertEquals(List.of("MET", "MET"), PyLiteral.parse("['MET', \"MET\"]"));
        var t = assertInstanceOf(PyLiteral.Tuple.class, PyLiteral.parse("\"SR1\", \"SR2\",\"SR3\""));
        assertEquals(List.of("SR1", "SR2", "SR3"), t.items());
        var d = assertInstanceOf(Map.class, PyLiteral.parse("{'a.json': ['SR1', {'smodels': None, 'type': 'CR'}]}"));
        List<?> regions = (List<?>) d.get("a.json");
        assertEquals("SR1", regions.get(0));
        assertSame(PyLiteral.NONE, ((Map<?, ?>) regions.get(1)).get("smodels"));
        assertEquals(Boolean.TRUE, PyLiteral.parse("True"));
        assertEquals(Boolean.FALSE, PyLiteral.parse("False"));
        assertEquals(-2.5, PyLiteral.parse("-2.5"));
        assertTrue(((Double) PyLiteral.parse("nan")).isNaN());
        assertEquals(new PyLiteral.Tuple(List.of()), PyLiteral.parse("()"));
    }

    @Test
    void parse_massWidthPair_givesTupleOfQuantities() {
        var t = assertInstanceOf(PyLiteral.Tuple.class, PyLiteral.parse("(500.*GeV, 1e-3*GeV)"));
        assertEquals(new PyLiteral.Quantity(500.0, 1, 0), t.items().get(0));
        assertEquals(new PyLiteral.Quantity(1e-3, 1, 0), t.items().get(1));
        var dm = assertInstanceOf(Map.class, PyLiteral.parse("{0: (1, 'mass', GeV), 1: (2, 'totalwidth', GeV)}"));
        assertEquals(2, dm.size());
    }

    @Test
    void parse_unknownUnit_failsAsUnknownName() {
        var e = assertThrows(PyLiteral.EvalException.class, () -> PyLiteral.parse("13*MeV"));
        assertEquals(PyLiteral.EvalException.Kind.UNKNOWN_NAME, e.kind());
    }

    @Test
    void parse_freeText_failsSoCallersKeepTheRawString() {
        for (String text : List.of("https://arxiv.org/abs/1711.11520", "JHEP 06 (2018) 108", "2020/3/30x", "[1, 2")) {
            assertThrows(PyLiteral.EvalException.class, () -> PyLiteral.parse(text), text);
        }
    }

    @Test
    void parse_addingDifferentUnits_isATypeError() {
        var e = assertThrows(PyLiteral.EvalException.class, () -> PyLiteral.parse("1*GeV + 1*fb"));
        assertEquals(PyLiteral.EvalException.Kind.TYPE, e.kind());
    }
}

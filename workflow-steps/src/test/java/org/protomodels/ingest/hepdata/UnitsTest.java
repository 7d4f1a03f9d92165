package org.protomodels.ingest.hepdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.protomodels.step.InvalidInputException;

/** Unit spellings met in real records (MANIFEST section 1) and their exact factors. */
class UnitsTest {
    @Test
    void crossSectionToFb_realSpellings() {
        assertEquals(1.0, Units.crossSectionToFb("fb", "f", "u"));
        assertEquals(1.0, Units.crossSectionToFb("FB", "f", "u"));
        assertEquals(1000.0, Units.crossSectionToFb("pb", "f", "u"));
        assertEquals(1000.0, Units.crossSectionToFb("PB", "f", "u"));
        assertEquals(1e-3, Units.crossSectionToFb("ab", "f", "u"));
    }

    @Test
    void energyToGeV_gevAndTev() {
        assertEquals(1.0, Units.energyToGeV("GEV", "f", "u"));
        assertEquals(1000.0, Units.energyToGeV("TeV", "f", "u"));
    }

    @Test
    void luminosityToInverseFb_latexSpellings() {
        assertEquals(1.0, Units.luminosityToInverseFb("$fb^{-1}$", "f", "u"), "CMS-SUS-18-002 spelling");
        assertEquals(1.0, Units.luminosityToInverseFb("fb$^{-1}$", "f", "u"), "hepdata_lib spelling");
        assertEquals(1.0, Units.luminosityToInverseFb("fb^-1", "f", "u"));
        assertEquals(1.0, Units.luminosityToInverseFb("1/fb", "f", "u"));
        assertEquals(1e-3, Units.luminosityToInverseFb("pb$^{-1}$", "f", "u"));
    }

    @Test
    void unknownUnit_namesFileAndField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Units.crossSectionToFb("mub", "ul.yaml", "/dependent_variables/0/header/units"));
        assertEquals("ul.yaml", e.file());
        assertEquals("/dependent_variables/0/header/units", e.location());
        assertTrue(e.problem().contains("'mub'"));
    }

    @Test
    void normaliseName_sqrtSpellings() {
        assertEquals("sqrts", Units.normaliseName("$\\sqrt s$"));
        assertEquals("sqrts", Units.normaliseName("SQRT(S)"));
        assertEquals("sqrts", Units.normaliseName("\\sqrt{s}"));
    }
}

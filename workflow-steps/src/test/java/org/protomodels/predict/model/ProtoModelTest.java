package org.protomodels.predict.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertAbsClose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.step.InvalidInputException;

class ProtoModelTest {
    static Path resource(String name) throws Exception {
        return Path.of(ProtoModelTest.class.getResource(name).toURI());
    }

    static ProtoModel stopModel() {
        return ProtoModel.of(Map.of(1000022, 200.0, 1000006, 800.0),
                List.of(new Decay(1000006, List.of(1000022, 6), 1.0)),
                List.of(new SignalStrength(-1000006, 1000006, 0.8)), null);
    }

    @Test
    void constructor_validStopModel_keepsEverything() {
        ProtoModel m = stopModel();
        assertEquals(800.0, m.mass(1000006));
        assertEquals(0.8, m.ssm(1000006, -1000006));
        assertEquals(Map.of(List.of(1000022, 6), 1.0), m.decayTable().get(1000006));
    }

    @Test
    void constructor_missingLsp_rejectedNamingMasses() {
        var e = assertThrows(InvalidModelException.class, () -> ProtoModel.of(Map.of(1000006, 800.0), List.of(), List.of(), null));
        assertEquals("/masses", e.pointer());
        assertTrue(e.getMessage().contains("LSP"), e.getMessage());
    }

    @Test
    void constructor_lspNotLightest_rejected() {
        var e = assertThrows(InvalidModelException.class, () -> ProtoModel.of(Map.of(1000022, 900.0, 1000006, 800.0),
                List.of(new Decay(1000006, List.of(1000022, 6), 1.0)), List.of(), null));
        assertEquals("/masses/1000006", e.pointer());
    }

    @Test
    void constructor_brSumOff_rejectedWithSum() {
        var e = assertThrows(InvalidModelException.class, () -> ProtoModel.of(Map.of(1000022, 200.0, 1000006, 800.0),
                List.of(new Decay(1000006, List.of(1000022, 6), 0.999)), List.of(), null));
        assertTrue(e.getMessage().contains("sum to 0.999"), e.getMessage());
    }

    @Test
    void constructor_brSumWithinTolerance_accepted() {
        ProtoModel.of(Map.of(1000022, 200.0, 1000006, 800.0),
                List.of(new Decay(1000006, List.of(1000022, 6), 1 - 5e-7)), List.of(), null);
    }

    @Test
    void constructor_unknownPdg_rejected() {
        var e = assertThrows(InvalidModelException.class, () -> ProtoModel.of(Map.of(1000022, 200.0, 1000035, 800.0),
                List.of(), List.of(), null));
        assertEquals("/masses/1000035", e.pointer());
        var e2 = assertThrows(InvalidModelException.class, () -> ProtoModel.of(Map.of(1000022, 200.0, 1000006, 800.0),
                List.of(new Decay(1000006, List.of(1000022, 7), 1.0)), List.of(), null));
        assertEquals("/decays/0/daughters/1", e2.pointer());
    }

    @Test
    void constructor_negativeMass_rejected() {
        var e = assertThrows(InvalidModelException.class, () -> ProtoModel.of(Map.of(1000022, -200.0), List.of(), List.of(), null));
        assertEquals("/masses/1000022", e.pointer());
    }

    @Test
    void constructor_daughterHeavier_rejected() {
        var e = assertThrows(InvalidModelException.class, () -> ProtoModel.of(
                Map.of(1000022, 200.0, 1000006, 800.0, 1000023, 900.0),
                List.of(new Decay(1000006, List.of(1000023, 6), 1.0), new Decay(1000023, List.of(1000022, 23), 1.0)),
                List.of(), null));
        assertEquals("/decays/0/daughters/0", e.pointer());
    }

    @Test
    void constructor_closedChannel_rejected() {
        // stop 300 -> N1(200) + t(173): 373 > 300, kinematically closed (spec 1.3 rule 2)
        var e = assertThrows(InvalidModelException.class, () -> ProtoModel.of(Map.of(1000022, 200.0, 1000006, 300.0),
                List.of(new Decay(1000006, List.of(1000022, 6), 1.0)), List.of(), null));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void constructor_unsortedSsm_rejected() {
        var e = assertThrows(InvalidModelException.class, () -> ProtoModel.of(Map.of(1000022, 200.0), List.of(),
                List.of(new SignalStrength(1000022, -1000024, 1.0)), null));
        assertEquals("/signalStrengths/0", e.pointer());
        var e2 = assertThrows(InvalidModelException.class, () -> ProtoModel.of(Map.of(1000022, 200.0), List.of(),
                List.of(new SignalStrength(-1000022, 1000022, 1.0)), null));
        assertEquals("/signalStrengths/0/pdg1", e2.pointer());
    }

    @Test
    void json_roundTrip_sameModelAndBytes(@TempDir Path dir) throws Exception {
        ProtoModel m = ProtoModelJson.read(resource("good_stop_model.json"));
        assertEquals(12, m.step());
        Path out = dir.resolve("pm.json");
        ProtoModelJson.write(out, m);
        ProtoModel back = ProtoModelJson.read(out);
        assertEquals(m, back);
        assertArrayEquals(Files.readAllBytes(out), ProtoModelJson.toBytes(back));
    }

    @Test
    void json_badBrSum_invalidInputNamingFileAndPointer() throws Exception {
        var e = assertThrows(InvalidInputException.class, () -> ProtoModelJson.read(resource("bad_br_sum.json")));
        assertTrue(e.file().endsWith("bad_br_sum.json"));
        assertEquals("/decays", e.location());
    }

    @Test
    void json_extraField_schemaViolation() throws Exception {
        var e = assertThrows(InvalidInputException.class, () -> ProtoModelJson.read(resource("bad_extra_field.json")));
        assertTrue(e.getMessage().contains("schema"), e.getMessage());
    }

    @Test
    void json_daughterHeavier_pointerToDaughter() throws Exception {
        var e = assertThrows(InvalidInputException.class, () -> ProtoModelJson.read(resource("bad_daughter_heavier.json")));
        assertEquals("/decays/1/daughters/0", e.location());
    }

    @Test
    void decayTemplate_signs_followChargeConservation() {
        assertArrayEquals(new int[] {1000022, 6}, DecayTemplate.signedDaughters(1000006, List.of(1000022, 6)));
        assertArrayEquals(new int[] {-1000022 * -1, -6}, DecayTemplate.signedDaughters(-1000006, List.of(1000022, 6)));
        assertArrayEquals(new int[] {1000024, 5}, DecayTemplate.signedDaughters(1000006, List.of(1000024, 5)));
        assertArrayEquals(new int[] {1000024, -24}, DecayTemplate.signedDaughters(1000023, List.of(1000024, 24)));
        assertArrayEquals(new int[] {1000022, 2, -1}, DecayTemplate.signedDaughters(1000024, List.of(1000022, 2, 1)));
        assertArrayEquals(new int[] {1000022, -11, 12}, DecayTemplate.signedDaughters(1000024, List.of(1000022, 11, 12)));
        assertArrayEquals(new int[] {-1000024, 12}, DecayTemplate.signedDaughters(1000011, List.of(1000024, 12)));
        assertArrayEquals(new int[] {1000006, -24}, DecayTemplate.signedDaughters(1000005, List.of(1000006, 24)));
        assertArrayEquals(new int[] {1000024, 15}, DecayTemplate.signedDaughters(1000016, List.of(1000024, 15)));
    }

    @Test
    void hiscoreDicts_listOfDicts_readsModels() throws Exception {
        List<ProtoModel> models = HiscoreDicts.read(resource("hiscores_sample.dict"));
        assertEquals(2, models.size());
        ProtoModel m = models.get(0);
        assertEquals(117, m.step());
        assertEquals(3, m.masses().size(), "gluino at 1e6 GeV is frozen and dropped");
        assertEquals(null, m.ssm(1000021, 1000021), "SSMs of frozen particles are dropped");
        assertEquals(2.5, m.ssm(1000023, 1000023));
        double sum = m.decayTable().get(1000023).values().stream().mapToDouble(Double::doubleValue).sum();
        assertAbsClose(1.0, sum, 1e-12, "renormalised BR sum of N2");
        assertAbsClose(0.666667 / 1.000002, m.decayTable().get(1000023).get(List.of(1000022, 2, 2)), 1e-12,
                "renormalised BR = 0.666667 / (sum of written BRs 1.000002)");
        assertEquals(300.0, models.get(1).mass(1000022));
    }

    @Test
    void hiscoreDicts_toDictThenParse_sameModel() throws Exception {
        for (ProtoModel m : HiscoreDicts.read(resource("hiscores_sample.dict"))) {
            assertEquals(m, HiscoreDicts.parse(HiscoreDicts.toDict(m), "roundtrip").get(0), HiscoreDicts.toDict(m));
        }
    }

    @Test
    void hiscoreDicts_singleDict_readsOneModel() {
        List<ProtoModel> models = HiscoreDicts.parse("{'masses': {1000022: 250.0}, 'decays': {1000022: {}}, "
                + "'ssmultipliers': {(1000022, 1000022): 1.0}}", "inline");
        assertEquals(1, models.size());
        assertEquals(1.0, models.get(0).ssm(1000022, 1000022));
    }

    @Test
    void hiscoreDicts_syntaxError_namesLine() {
        var e = assertThrows(InvalidInputException.class, () -> HiscoreDicts.parse("{'masses':\n {1000022: 250.0,,}}", "x.dict"));
        assertEquals(":2", e.location());
    }

    @Test
    void pythonLiteral_scalars_parsed() {
        Object o = PythonLiteral.parse("[1, -2.5e3, 'a\\'b', \"c\", True, False, None, nan, inf, -inf, (1, 2), ()]", "t");
        List<?> l = (List<?>) o;
        assertEquals(1L, l.get(0));
        assertEquals(-2500.0, l.get(1));
        assertEquals("a'b", l.get(2));
        assertEquals("c", l.get(3));
        assertEquals(Boolean.TRUE, l.get(4));
        assertEquals(null, l.get(6));
        assertTrue(Double.isNaN((Double) l.get(7)));
        assertEquals(Double.NEGATIVE_INFINITY, l.get(9));
        assertEquals(List.of(1L, 2L), l.get(10));
        assertEquals(List.of(), l.get(11));
    }

    @Test
    void slhaWriter_stopModel_blocksAndComments() {
        ProtoModel m = ProtoModel.of(Map.of(1000022, 200.0, 1000006, 800.0),
                List.of(new Decay(1000006, List.of(1000022, 6), 1.0)),
                List.of(new SignalStrength(-1000006, 1000006, 0.8), new SignalStrength(1000006, 1000006, 12346)), 7);
        String slha = SlhaWriter.write(m, List.of(new ProductionCrossSection(-1000006, 1000006, 13, 3, 230.0, "(stop)")));
        assertTrue(slha.contains("   1000006  800.0  # X_t\n"), slha);
        assertTrue(slha.contains("   1000021  1000000.0  # X_g\n"), slha);
        assertTrue(slha.contains("   1.00000  2  1000022  6\n"), slha);
        assertTrue(slha.contains("DECAY   1000022  0.00000000E+00"), slha);
        assertTrue(slha.contains("XSECTION  13000.0 2212 2212 2 -1000006 1000006 # reference xsecs v1.0 [pb] (stop)\n"), slha);
        assertTrue(slha.contains("  0  3  0  0  0  0    2.30000000E-01 SModelSv"), slha);
        assertTrue(slha.contains("# Signal strength multipliers: (-1000006, 1000006):0.8, (1000006, 1000006):1.235e+04\n"), slha);
        assertTrue(slha.endsWith("# produced at step 7\n"), slha);
        assertTrue(!slha.contains("DECAY   1000021"), "frozen particles get no decay block");
    }

    @Test
    void pyG_matchesPythonPercentG() {
        // expected strings are what CPython prints for '%.4g' % x
        assertEquals("1", SlhaWriter.pyG(1.0, 4));
        assertEquals("0.5", SlhaWriter.pyG(0.5, 4));
        assertEquals("1.235e+04", SlhaWriter.pyG(12346, 4));
        assertEquals("0.0001234", SlhaWriter.pyG(0.0001234, 4));
        assertEquals("1.234e-05", SlhaWriter.pyG(0.00001234, 4));
        assertEquals("1000", SlhaWriter.pyG(1000, 4));
        assertEquals("1e+04", SlhaWriter.pyG(10000, 4));
    }
}

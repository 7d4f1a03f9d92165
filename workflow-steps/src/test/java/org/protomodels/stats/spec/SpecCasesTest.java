package org.protomodels.stats.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.protomodels.stats.model.Model;
import org.protomodels.step.InvalidInputException;
import org.protomodels.testing.SharedData;

/** pyhf's own good and bad JSON examples (shared/data/pyhf/pyhf-test-cases): accepted or refused with file + pointer. */
class SpecCasesTest {
    static final String CASES = "data/pyhf/pyhf-test-cases/";

    static PyhfSchemas schemas() {
        return PyhfSchemas.fromFolder(SharedData.require("schemas/pyhf"));
    }

    static Path file(String rel) {
        return SharedData.require(CASES + rel);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "test_schema/model_duplicate_channels.json, /channels/1/name, duplicate channel",
        "test_schema/model_duplicate_samples.json, /channels/0/samples/1/name, duplicate sample",
        "test_schema/model_duplicate_modifiers.json, /channels/0/samples/0/modifiers/1, duplicate modifier"})
    void readModel_duplicateNames_refusedWithPointer(String rel, String pointer, String what) {
        Path f = file(rel);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WorkspaceReader.of(schemas()).readModel(f));
        assertEquals(pointer, e.location(), e.getMessage());
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
        assertTrue(e.problem().contains(what), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"histosys", "shapesys", "staterror"})
    void readModel_binwiseModifierLengthMismatch_refusedWithPointer(String type) {
        Path spec = file("test_modifiers/spec.json");
        Path patch = file("test_modifiers/bad_" + type + "_modifier_patch.json");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WorkspaceReader.of(schemas()).readModel(spec, patch));
        assertEquals("/channels/0/samples/1/modifiers/0/data", e.location(), e.getMessage());
        assertTrue(e.problem().contains(type) && e.problem().contains("inconsistent"), e.getMessage());
        assertTrue(e.file().contains("spec.json"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"test_schema/patchset_bad_empty_patches.json", "test_schema/patchset_bad_hepdata_reference.json",
        "test_schema/patchset_bad_invalid_digests.json", "test_schema/patchset_bad_label_pattern.json",
        "test_schema/patchset_bad_no_description.json", "test_schema/patchset_bad_no_digests.json",
        "test_schema/patchset_bad_no_labels.json", "test_schema/patchset_bad_no_patch_name.json",
        "test_schema/patchset_bad_no_patch_values.json", "test_schema/patchset_bad_no_version.json",
        "test_patchset/patchset_bad_duplicate_patch_name.json", "test_patchset/patchset_bad_duplicate_patch_values.json",
        "test_patchset/patchset_bad_wrong_values_multiplicity.json", "test_patchset/patchset_bad_wrong_valuetype.json"})
    void readPatchSet_badExample_refusedNamingFile(String rel) {
        Path f = file(rel);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PatchSet.read(f, schemas()));
        assertEquals(f.toString(), e.file(), e.getMessage());
        assertTrue(e.location() != null, e.getMessage());
    }

    @Test
    void readPatchSet_semanticFaults_pointAtThePatch() {
        InvalidInputException dup = assertThrows(InvalidInputException.class,
                () -> PatchSet.read(file("test_patchset/patchset_bad_duplicate_patch_name.json"), schemas()));
        assertTrue(dup.location().matches("/patches/\\d+/metadata/name"), dup.getMessage());
        InvalidInputException mult = assertThrows(InvalidInputException.class,
                () -> PatchSet.read(file("test_patchset/patchset_bad_wrong_values_multiplicity.json"), schemas()));
        assertEquals("/patches/1/metadata/values", mult.location(), mult.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"test_schema/patchset_good.json", "test_patchset/patchset_good_2_patches.json",
        "test_patchset/patchset_good_stringvalues.json", "test_patchset/example_patchset.json"})
    void readPatchSet_goodExample_accepted(String rel) {
        PatchSet ps = PatchSet.read(file(rel), schemas());
        assertTrue(!ps.patches().isEmpty(), rel);
        for (PatchSet.Patch p : ps.patches()) {
            assertEquals(ps.labels().size(), p.values().size(), rel + " " + p.name());
            assertEquals(p, ps.patch(p.name()));
            assertEquals(p, ps.patch(p.values()));
        }
    }

    @Test
    void readWithPatchSet_matchingDigest_appliesPatch() {
        PatchSet ps = PatchSet.read(file("test_patchset/example_patchset.json"), schemas());
        Workspace ws = WorkspaceReader.of(schemas()).read(file("test_patchset/example_bkgonly.json"), ps,
                "patch_channel1_signal_syst1");
        Modifier.NormSys m = (Modifier.NormSys) ws.channels().get(0).samples().get(0).modifiers().get(0);
        assertEquals(1.2, m.hi(), "patched hi");
        assertEquals(0.8, m.lo(), "patched lo");
    }

    @Test
    void readWithPatchSet_otherWorkspace_refusedByDigest() {
        PatchSet ps = PatchSet.read(file("test_patchset/example_patchset.json"), schemas());
        Path other = SharedData.require("data/pyhf/pyhf-validation/docs_examples_json_2-bin_1-channel.json");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WorkspaceReader.of(schemas()).read(other, ps, "patch_channel1_signal_syst1"));
        assertEquals("/metadata/digests/sha256", e.location(), e.getMessage());
    }

    @Test
    void read_patchOperationFails_pointsAtOperation() throws Exception {
        Path patch = Path.of(SpecCasesTest.class.getResource("bad_patch_missing_channel.json").toURI());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WorkspaceReader.of(schemas())
                .read(file("test_patchset/example_bkgonly.json"), patch));
        assertEquals("/1", e.location(), e.getMessage());
        assertTrue(e.file().endsWith("bad_patch_missing_channel.json"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"test_export/workspace_integer_data.json", "test_export/workspace_no_parameter_bounds.json",
        "test_export/workspace_no_parameter_inits.json", "test_patchset/example_bkgonly.json"})
    void read_validWorkspace_buildsModel(String rel) {
        Workspace ws = WorkspaceReader.of(schemas()).read(file(rel));
        Model m = Model.of(ws, rel);
        double[] data = m.observedData(ws);
        assertTrue(Double.isFinite(m.logPdf(m.config().suggestedInit(), data)), rel + " logpdf finite at init");
    }

    @Test
    void read_poilessWorkspace_modelWithoutPoi() {
        Workspace ws = WorkspaceReader.of(schemas())
                .read(SharedData.require("data/pyhf/pyhf-validation/tests_test_workspace_poiless.json"));
        assertEquals(-1, Model.of(ws, "poiless").config().poiIndex());
    }

    /** pyhf issue 1720: a staterror acts only on the samples that carry it, exactly like the shapesys equivalent. */
    @ParameterizedTest(name = "init {0}")
    @ValueSource(doubles = {-2.0, -1.0, 0.0, 1.0, 2.0})
    void expectedData_issue1720StatErrorVsShapeSys_identical(double init) {
        Path f = file("test_modifiers/issue1720_greedy_staterror.json");
        Workspace shapesys = WorkspaceReader.of(schemas()).read(f);
        Channel ch = shapesys.channels().get(0);
        Sample bkg = ch.samples().get(1);
        Modifier.ShapeSys ss = (Modifier.ShapeSys) bkg.modifiers().get(0);
        Sample bkgStat = new Sample(bkg.name(), bkg.data(), List.of(new Modifier.StatError(ss.name(), ss.data())));
        Workspace staterror = shapesys.withChannels(List.of(new Channel(ch.name(), List.of(ch.samples().get(0), bkgStat))));
        double[] a = Model.of(shapesys, "shapesys").expectedActualData(new double[] {init});
        double[] b = Model.of(staterror, "staterror").expectedActualData(new double[] {init});
        assertArrayEquals(a, b, 0.0, "pyhf test_issue1720_greedy_staterror, init " + init);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1e-05, 1e-05", "0.1, 0.1", "100.0, 100.0", "1e16, 1e+16", "123456789.123, 123456789.123",
        "0.0001, 0.0001", "-2.5e-07, -2.5e-07", "1234567890123456.0, 1234567890123456.0"})
    void floatRepr_values_matchPython(double v, String python) {
        assertEquals(python, PythonJson.floatRepr(v));
    }
}

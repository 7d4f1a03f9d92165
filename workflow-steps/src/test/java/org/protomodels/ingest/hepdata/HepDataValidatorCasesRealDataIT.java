package org.protomodels.ingest.hepdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.protomodels.step.InvalidInputException;
import org.protomodels.testing.SharedData;

/**
 * Every case of HEPData's own validator test data (shared/data/hepdata/validator-cases, MANIFEST section 1) behaves
 * as hepdata-validator's tests assert: valid ones are accepted, invalid ones rejected with the file and a pointer (or
 * :line:col) and the reason the MANIFEST names.
 */
class HepDataValidatorCasesRealDataIT {
    private static Path cases() {
        return SharedData.require("data/hepdata/validator-cases");
    }

    private static HepDataRecordReader shared;

    /** One reader for the class: schema compilation is the slow part and the reader is immutable. */
    private static synchronized HepDataRecordReader reader() {
        if (shared == null) {
            shared = HepDataRecordReader.of(SharedData.require("schemas/hepdata"))
                    .withPyhfSchemas(SharedData.require("schemas/pyhf"));
        }
        return shared;
    }

    private static String summary(Validation v) {
        return v.problems() + " notes=" + v.notes();
    }

    // ---- whole submissions (folder, single file, gzip, zip) ----

    @Test
    void validate_testHepSubmissionFolder_isValidWithAsymmetricErrorsAndQualifiers() {
        Validation v = reader().validate(cases().resolve("TestHEPSubmission"));
        assertTrue(v.valid(), summary(v));
        HepDataRecord r = v.record();
        assertEquals(8, r.tables().size(), "TestHEPSubmission has 8 tables");
        Table t1 = r.table("data1.yaml");
        assertNotNull(t1);
        assertFalse(t1.dependentVariables().isEmpty());
        assertNotNull(t1.dependentVariables().get(0).qualifier("sqrts"), "SQRT(S) qualifier present");
    }

    @Test
    void validate_testHepSubmissionInvalid_reportsEveryDefectTheManifestNames() {
        Validation v = reader().validate(cases().resolve("TestHEPSubmission_invalid"));
        assertFalse(v.valid());
        assertTrue(v.mentions("mydirectory/data2.yaml"), summary(v));
        assertTrue(v.mentions("../TestHEPSubmission/figFigure8B.png"), summary(v));
        assertTrue(v.mentions("Missing data_file 'data3.yaml'"), summary(v));
        Problem parse = v.problems().stream().filter(p -> p.file().endsWith("data8.yaml")).findFirst().orElseThrow();
        assertEquals(":9:3", parse.location(), "data8.yaml does not parse at line 9 col 3: " + parse);
        assertTrue(v.notes().stream().anyMatch(n -> n.contains("._data10.yaml") && n.contains("not referenced")
                && n.contains("macOS")), v.notes().toString());
        assertTrue(v.notes().stream().anyMatch(n -> n.contains("figFigure9A.png")), v.notes().toString());
        // ._data9.yaml is referenced and valid despite its AppleDouble-like name
        assertTrue(v.problems().stream().noneMatch(p -> p.file().endsWith("._data9.yaml")), summary(v));
        InvalidInputException e = assertThrows(InvalidInputException.class, v::orThrow);
        assertTrue(e.getMessage().contains("submission.yaml#/"), e.getMessage());
    }

    @Test
    void validate_twoThreads_sameProblemsNotesAndTablesInTheSameOrder() {
        for (String folder : List.of("TestHEPSubmission", "TestHEPSubmission_invalid")) {
            Validation one = reader().validate(cases().resolve(folder));
            Validation two = reader().withThreads(2).validate(cases().resolve(folder));
            assertEquals(one.problems(), two.problems(), folder + " problems");
            assertEquals(one.notes(), two.notes(), folder + " notes");
            assertEquals(one.record() == null ? null : one.record().tables(),
                    two.record() == null ? null : two.record().tables(), folder + " tables");
        }
    }

    @Test
    void validate_v0Folder_isReportedAsOldFormatAndValidUnder010() {
        Validation v = reader().validate(cases().resolve("TestHEPSubmission_v0"));
        assertFalse(v.valid());
        assertTrue(v.mentions("old (v0) submission format"), summary(v));
        Validation v0 = reader().withSchemaVersion("0.1.0").validate(cases().resolve("TestHEPSubmission_v0"));
        assertTrue(v0.valid(), summary(v0));
        assertEquals("0.1.0", v0.record().schemaVersion());
    }

    @Test
    void validate_remoteSubmissionWithPyhfWorkspace_keepsTableByReference() {
        Validation v = reader().validate(cases().resolve("TestRemoteSubmission"));
        assertTrue(v.valid(), summary(v));
        Table t = v.record().table("RegionA/BkgOnly.json");
        assertNotNull(t);
        assertTrue(t.isReference());
        assertEquals(64, t.sha256().length());
        assertTrue(t.dependentVariables().isEmpty());
    }

    @Test
    void validate_remoteSubmissionWithoutPyhfSchemas_notesTheUncheckedWorkspace() {
        Validation v = HepDataRecordReader.of(SharedData.require("schemas/hepdata"))
                .validate(cases().resolve("TestRemoteSubmission"));
        assertTrue(v.valid(), summary(v));
        assertTrue(v.notes().stream().anyMatch(n -> n.contains("not validated")), v.notes().toString());
    }

    @Test
    void validate_remoteSubmissionInvalid_refusesUnknownSchemaAndBadWorkspace() {
        Validation v = reader().validate(cases().resolve("TestRemoteSubmission_invalid"));
        assertFalse(v.valid());
        assertTrue(v.mentions("thisisnotarealfile.json"), summary(v));
        assertTrue(v.problems().stream().anyMatch(p -> p.file().endsWith("invalid_file_custom_remote.json")),
                summary(v));
    }

    @Test
    void validate_singleFileYaml_isValid() {
        Validation v = reader().validate(cases().resolve("1512299.yaml"));
        assertTrue(v.valid(), summary(v));
        assertTrue(v.record().tables().size() >= 5, "1512299.yaml has inline tables");
        assertTrue(v.record().header().containsKey("comment"));
    }

    @Test
    void validate_gzippedSingleFileYaml_isValidAndSameAsPlain() {
        Validation gz = reader().validate(cases().resolve("1512299.yaml.gz"));
        assertTrue(gz.valid(), summary(gz));
        Validation plain = reader().validate(cases().resolve("1512299.yaml"));
        assertEquals(plain.record().tables(), gz.record().tables(), "gzip and plain give the same tables");
    }

    @Test
    void validate_singleFileWithTypo_pointsAtTheErrorssKey() {
        Validation v = reader().validate(cases().resolve("1512299_invalid.yaml"));
        assertFalse(v.valid());
        assertTrue(v.problems().stream().anyMatch(p -> p.message().contains("errorss")
                || p.location().contains("errorss")), summary(v));
        assertTrue(v.problems().get(0).location().startsWith("/"), summary(v));
    }

    @Test
    void validate_gzNameButNotGzip_isRefusedWithMessage() {
        Validation v = reader().validate(cases().resolve("1512299_invalid.yaml.gz"));
        assertFalse(v.valid());
        assertTrue(v.mentions("Not a gzipped file"), summary(v));
    }

    @Test
    void validate_gzipOfBrokenYaml_givesLineAndColumn() {
        Validation v = reader().validate(cases().resolve("1512299_invalid_yaml.yaml.gz"));
        assertFalse(v.valid());
        Problem p = v.problems().get(0);
        assertEquals(":8:3", p.location(), summary(v));
        assertTrue(p.file().endsWith("1512299_invalid_yaml.yaml.gz"), p.file());
    }

    @Test
    void validate_zipWithoutSubmissionYaml_saysNoSubmissionFound() {
        Validation v = reader().validate(cases().resolve("valid_submission.zip"));
        assertFalse(v.valid());
        assertTrue(v.mentions("No submission.yaml file found in submission"), summary(v));
    }

    // ---- submission.yaml files alone ----

    static Stream<Arguments> submissionFiles() {
        return Stream.of(
                Arguments.of("valid_submission.yaml", true, null),
                Arguments.of("valid_submission_empty.yaml", true, null),
                Arguments.of("valid_submission_license.yaml", true, null),
                Arguments.of("valid_submission_with_associated_record.yaml", true, null),
                Arguments.of("valid_submission_custom_remote.yaml", true, null),
                Arguments.of("TestRelatedSubmissions/valid_submission_related.yaml", true, null),
                Arguments.of("valid_submission_v0.yaml", false, "old (v0) submission format"),
                Arguments.of("invalid_submission.yaml", false, "values"),
                Arguments.of("invalid_submission_license.yaml", false, "data_license"),
                Arguments.of("invalid_submission_keyword.yaml", false, "128"),
                Arguments.of("invalid_submission_duplicates.yaml", false, "Duplicate table name: Table 2"),
                Arguments.of("invalid_syntax_submission.yaml", false, "malformed YAML"),
                Arguments.of("invalid_parser_submission.yaml", false, "malformed YAML"),
                Arguments.of("invalid_cmenergies.yaml", false, "Invalid cmenergies value '7000 GeV'"),
                Arguments.of("TestRelatedSubmissions/invalid_submission_recid.yaml", false, "related_to_hepdata_records"),
                Arguments.of("TestRelatedSubmissions/invalid_submission_doi.yaml", false, "related_to_table_dois"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("submissionFiles")
    void validateSubmissionFile_validatorCase_behavesAsHepDataValidator(String file, boolean valid, String reason) {
        Validation v = reader().validateSubmissionFile(cases().resolve(file));
        assertEquals(valid, v.valid(), file + ": " + summary(v));
        if (!valid) {
            assertTrue(v.problems().stream().anyMatch(p -> p.message().contains(reason) || p.location().contains(reason)),
                    file + " should mention '" + reason + "': " + summary(v));
            Problem first = v.problems().get(0);
            assertTrue(first.file().endsWith(Path.of(file).getFileName().toString()), first.toString());
            assertFalse(first.location().isEmpty() && !first.message().contains("old (v0)"),
                    "problem carries a pointer or :line:col: " + first);
        }
    }

    @Test
    void validateSubmissionFile_duplicates_reportsBothDuplicateNameAndDataFile() {
        Validation v = reader().validateSubmissionFile(cases().resolve("invalid_submission_duplicates.yaml"));
        assertTrue(v.mentions("Duplicate table name: Table 2"), summary(v));
        assertTrue(v.mentions("Duplicate table data_file: data1.yaml"), summary(v));
    }

    @Test
    void validateSubmissionFile_v0WithSchema010_isValid() {
        Validation v = reader().withSchemaVersion("0.1.0").validateSubmissionFile(cases().resolve("valid_submission_v0.yaml"));
        assertTrue(v.valid(), summary(v));
    }

    // ---- single data files ----

    static Stream<Arguments> dataFiles() {
        return Stream.of(
                Arguments.of("valid_file.yaml", true, null),
                Arguments.of("valid_file.json", true, null),
                Arguments.of("valid_data_with_percent.yaml", true, null),
                Arguments.of("valid_data_with_zero_percent.yaml", false, "Uncertainties should not all be zero"),
                Arguments.of("file_with_zero_uncertainty.yaml", false, "Uncertainties should not all be zero"),
                Arguments.of("file_with_inconsistent_values.yaml", false,
                        "Inconsistent length of 'values' list: independent_variables [1], dependent_variables [2]"),
                Arguments.of("binning_average.yaml", false, "not supported"),
                Arguments.of("invalid_independent_variables_file.yaml", false, "independent_variables"),
                Arguments.of("invalid_missing_values.yaml", false, "values"),
                Arguments.of("invalid_file.yaml", false, "2.300e-003f"),
                Arguments.of("invalid_file.json", false, "schema violation"),
                Arguments.of("invalid_data_file.yaml", false, "malformed YAML"),
                Arguments.of("invalid_parser_file.yaml", false, "malformed YAML"),
                Arguments.of("empty_file.yaml", false, "empty data file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataFiles")
    void validateDataFile_validatorCase_behavesAsHepDataValidator(String file, boolean valid, String reason) {
        Validation v = reader().validateDataFile(cases().resolve(file));
        assertEquals(valid, v.valid(), file + ": " + summary(v));
        if (!valid) {
            assertTrue(v.problems().stream().anyMatch(p -> p.message().contains(reason) || p.location().contains(reason)),
                    file + " should mention '" + reason + "': " + summary(v));
            Problem first = v.problems().get(0);
            assertTrue(first.file().endsWith(file), first.toString());
            if (!file.equals("empty_file.yaml")) {
                assertFalse(first.location().isEmpty(), "problem carries a pointer or :line:col: " + first);
            }
        }
    }

    @Test
    void validateDataFile_zeroUncertainty_pointsAtTheValue() {
        Validation v = reader().validateDataFile(cases().resolve("file_with_zero_uncertainty.yaml"));
        assertEquals(List.of("/dependent_variables/0/values/1/errors"),
                v.problems().stream().map(Problem::location).toList(), summary(v));
    }

    @Test
    void validateDataFile_customSchema_validOnlyWithIt() {
        assertFalse(reader().validateDataFile(cases().resolve("valid_file_custom.yaml")).valid(),
                "valid_file_custom.yaml fails the standard data schema");
        Validation v = reader().validateDataFile(cases().resolve("valid_file_custom.yaml"),
                cases().resolve("custom_data_schema.json"));
        assertTrue(v.valid(), summary(v));
    }

    @Test
    void validateDataFile_pyhfWorkspaceAgainstRemoteSchemaCopy_isValid() {
        Validation v = reader().validateDataFile(cases().resolve("valid_file_custom_remote.json"),
                cases().resolve("custom_remote_data_schema.json"));
        assertTrue(v.valid(), summary(v));
    }
}

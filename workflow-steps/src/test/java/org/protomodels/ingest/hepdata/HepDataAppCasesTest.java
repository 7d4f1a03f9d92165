package org.protomodels.ingest.hepdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.protomodels.step.InvalidInputException;
import org.protomodels.testing.SharedData;

/** The archive and parser edge cases of the HEPData web application (MANIFEST section 1, hepdata-app-cases). */
class HepDataAppCasesTest {
    private static HepDataRecordReader shared;

    private static synchronized HepDataRecordReader reader() {
        if (shared == null) {
            shared = HepDataRecordReader.of(SharedData.require("schemas/hepdata"));
        }
        return shared;
    }

    private static Path app(String name) {
        return SharedData.require("data/hepdata/hepdata-app-cases/" + name);
    }

    @Test
    void validate_tgzWithSymlinkToAbsolutePath_refusesWholeArchiveNamingMember() {
        Validation v = reader().validate(app("submission_invalid_symlink.tgz"));
        assertFalse(v.valid());
        Problem p = v.problems().get(0);
        assertTrue(p.message().contains("TestHEPSubmissionInvalidSymlink/invalid_file_name.txt"), p.toString());
        assertTrue(p.message().contains("symbolic link"), p.toString());
        assertTrue(p.file().endsWith("submission_invalid_symlink.tgz"), p.toString());
    }

    @Test
    void validate_doublyGzipped_isRefusedAsDoublyCompressed() {
        Validation v = reader().validate(app("submission_invalid_tarfile.tgz.gz"));
        assertFalse(v.valid());
        assertTrue(v.mentions("doubly compressed"), v.problems().toString());
    }

    @Test
    void validate_zeroByteGz_isRefusedAsEmpty() {
        Validation v = reader().validate(app("notazip.yaml.gz"));
        assertFalse(v.valid());
        assertTrue(v.mentions("empty file (0 bytes)"), v.problems().toString());
    }

    @Test
    void read_oldHepDataFormat_isRefusedAsUnsupported() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader().read(app("sample.oldhepdata")));
        assertTrue(e.getMessage().contains("unsupported format"), e.getMessage());
    }

    @Test
    void validateDataFile_plainDataTable_isValid() {
        Validation v = reader().validateDataFile(app("data_table.yaml"));
        assertTrue(v.valid(), v.problems().toString());
        Table t = v.record().tables().get(0);
        assertEquals(3, t.rows(), "data_table.yaml has 3 bins");
    }

    @Test
    void validate_duplicateTableNames_isInvalid() {
        Validation v = reader().validate(app("test_duplicate_table_names"));
        assertFalse(v.valid());
        assertTrue(v.mentions("Duplicate table name: Figure 7, p + p collisions"), v.problems().toString());
        assertTrue(v.problems().stream().allMatch(p -> p.location().startsWith("/")), v.problems().toString());
    }

    @Test
    void validate_badIndentationInDataFile_givesFileLineAndColumn() {
        Validation v = reader().validate(app("test_invalid_data_file"));
        assertFalse(v.valid());
        Problem p = v.problems().get(0);
        assertTrue(p.file().endsWith("data1.yaml"), p.toString());
        assertTrue(p.location().matches(":\\d+:\\d+"), p.toString());
    }

    @Test
    void validate_submissionWithoutColon_givesLineAndColumn() {
        Validation v = reader().validate(app("test_invalid_submission_file"));
        assertFalse(v.valid());
        Problem p = v.problems().get(0);
        assertTrue(p.file().endsWith("submission.yaml"), p.toString());
        assertTrue(p.location().matches(":\\d+:\\d+"), p.toString());
        assertTrue(p.message().contains("malformed YAML"), p.toString());
    }

    @Test
    void validate_v0Submission_isReportedAsOldFormat() {
        Validation v = reader().validate(app("test_v0_submission"));
        assertFalse(v.valid());
        assertTrue(v.mentions("old (v0) submission format"), v.problems().toString());
    }

    @Test
    void read_submissionWithoutHeaderDocument_isValid() {
        HepDataRecord r = reader().read(app("test_submission_no_additional_info"));
        assertTrue(r.header().isEmpty());
        assertEquals(2, r.tables().size(), "two tables in test_submission_no_additional_info");
        assertTrue(Files.exists(app("test_submission_no_additional_info")));
    }
}

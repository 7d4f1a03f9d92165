package org.protomodels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** protomodel report on the toy database with its planted protomodel; exit codes of bad options. */
class ReportCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/org/protomodels/report");

    @Test
    void report_plantedStopOnToy_crossSectionsFromTheToyTables(@TempDir Path dir) throws Exception {
        var ingest = IngestCommandTest.run("ingest", "--toy", "--progress", "none", "--out", dir.resolve("toy/ingest").toString());
        assertEquals(0, ingest.code(), ingest.err());
        String planted = Path.of("../database/toy/planted.json").toString();
        var r = IngestCommandTest.run("report", "--results", dir.resolve("toy").toString(), "--out", dir.resolve("rep").toString(),
                "--protomodel", planted, "--image-digest", "sha256:feed", "--progress", "none");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("report: ") && r.out().strip().endsWith("index.html"), r.out());
        String md = Files.readString(dir.resolve("rep/summary.md"));
        Matcher row = Pattern.compile("\\| anti-X_t X_t \\| \\(-1000006, 1000006\\) \\| 1 \\| ([0-9.]+) \\| ([0-9.]+) \\|").matcher(md);
        assertTrue(row.find(), "stop-pair row in summary.md:\n" + md);
        // database/toy/xsec/xsecstop{8,13}.txt at 800 GeV: 2.899E-03 pb and 2.954E-02 pb (4 digits), SSM 1
        assertRelClose(tableAt800("xsecstop8.txt") * 1000, Double.parseDouble(row.group(1)), 1e-3, "toy xsecstop8 at 800 GeV, 4 digits");
        assertRelClose(tableAt800("xsecstop13.txt") * 1000, Double.parseDouble(row.group(2)), 1e-3, "toy xsecstop13 at 800 GeV, 4 digits");
        assertTrue(md.contains("sha256:feed"), "image digest in the provenance");
        assertTrue(Files.readString(dir.resolve("rep/protomodel.slha")).contains("1000006  800.0"), "SLHA mass line");
    }

    @Test
    void report_badOptions_documentedExitCodes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("toy"));
        String results = dir.resolve("toy").toString();
        String out = dir.resolve("rep").toString();
        assertEquals(64, IngestCommandTest.run("report", "--results", results, "--out", out, "--protomodel",
                "../database/toy/planted.json", "--index", "-1").code(), "negative index is a usage error");
        assertEquals(66, IngestCommandTest.run("report", "--results", results, "--out", out, "--score",
                dir.resolve("none.json").toString()).code(), "absent score file");
        assertEquals(65, IngestCommandTest.run("report", "--results", results, "--out", out, "--score",
                FIXTURES.resolve("bad_score_kind.json").toString()).code(), "score of the wrong kind");
        assertEquals(66, IngestCommandTest.run("report", "--results", dir.resolve("absent").toString(), "--out", out).code(),
                "absent results folder");
    }

    private static double tableAt800(String file) throws Exception {
        for (String line : Files.readAllLines(Path.of("../database/toy/xsec", file))) {
            if (line.startsWith("800. GeV")) {
                return Double.parseDouble(line.split("\\s+")[2]);
            }
        }
        throw new AssertionError(file + ": no 800 GeV line");
    }
}

package org.protomodels.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest subcommand end to end: outputs, determinism, exit codes, nothing partial on failure. */
class IngestCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ProtomodelCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void ingest_toyTwice_byteIdenticalOutputs(@TempDir Path dir) throws Exception {
        Run a = run("ingest", "--toy", "--progress", "none", "--out", dir.resolve("a").toString());
        Run b = run("ingest", "--toy", "--progress", "none", "--out", dir.resolve("b").toString());
        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        assertTrue(a.out().startsWith("database: "), a.out());
        for (String f : new String[] {"database.json", "ingest-report.json", "ingest.manifest.json"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
        String db = Files.readString(dir.resolve("a/database.json"));
        assertTrue(db.contains("\"id\":\"CMS-TOY-13-004\""));
        assertFalse(db.contains(dir.toString()), "no absolute paths in the database");
    }

    @Test
    void ingest_malformedCatalogue_exit65_namesFileAndPointer_noPartialOutput(@TempDir Path dir) throws Exception {
        Path cat = dir.resolve("catalogue.yaml");
        Files.writeString(cat, "kind: catalogue\nversion: 1.0.0\nanalyses:\n  - id: X\n    experiment: CMS\n    sqrts: -13\n"
                + "    luminosity: 1\n    source: {record: r}\n");
        Files.createDirectories(dir.resolve("records/r"));
        Path out = dir.resolve("out");
        Run r = run("ingest", "--hepdata", dir.resolve("records").toString(), "--catalogue", cat.toString(),
                "--progress", "none", "--out", out.toString());
        assertEquals(65, r.code(), r.err());
        assertTrue(r.err().contains("catalogue.yaml#/analyses/0/sqrts"), r.err());
        assertFalse(Files.exists(out.resolve("database.json")), "no database.json after a failure");
        assertFalse(Files.exists(out.resolve(".tmp-ingest")), "no temporary folder left");
    }

    @Test
    void ingest_exitCodes_usageAndMissingInput(@TempDir Path dir) {
        assertEquals(64, run("ingest", "--out", dir.toString()).code(), "nothing to read is a usage error");
        assertEquals(64, run("ingest", "--toy", "--param", "nope=1", "--out", dir.toString()).code(), "unknown parameter");
        assertEquals(64, run("ingest", "--bogus").code(), "unknown option");
        Run missing = run("ingest", "--smodels-db", dir.resolve("absent").toString(), "--out", dir.resolve("o").toString());
        assertEquals(66, missing.code(), missing.err());
        assertTrue(missing.err().contains("absent: no such file or folder"), missing.err());
    }
}

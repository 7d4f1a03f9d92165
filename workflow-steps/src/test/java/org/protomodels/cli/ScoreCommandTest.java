package org.protomodels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.io.Json;
import org.protomodels.io.SchemaValidator;

/** protomodel score and protomodel combine on the toy database. */
class ScoreCommandTest {
    @TempDir
    static Path dir;
    static String database;

    @BeforeAll
    static void ingest() {
        var ingest = IngestCommandTest.run("ingest", "--toy", "--progress", "none", "--out", dir.resolve("db").toString());
        assertEquals(0, ingest.code(), ingest.err());
        database = dir.resolve("db/database.json").toString();
    }

    @Test
    void score_plantedJson_schemaValidWithCurves() throws Exception {
        var r = IngestCommandTest.run("score", "--protomodel", Path.of("../database/toy/planted.json").toString(),
                "--database", database, "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = Json.mapper().readTree(r.out());
        SchemaValidator.own().validateOwn(doc, "score --json");
        assertTrue(doc.get("K").asDouble() > 0, r.out());
        assertEquals("v2", doc.get("profile").asText());
        assertTrue(doc.get("combination").size() >= 1);
        assertEquals(40, doc.get("curves").get("mu").size());
        assertEquals(doc.get("combination").size(), doc.get("curves").get("members").size());
    }

    @Test
    void score_table_showsKAndCritics() {
        var r = IngestCommandTest.run("score", "--protomodel", Path.of("../database/toy/planted.json").toString(),
                "--database", database, "--profile", "paper2020", "--param", "profile.critics.muMax.leeway=2.0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("profile paper2020"), r.out());
        assertTrue(r.out().contains("K = "), r.out());
        assertTrue(r.out().contains("critic muMax"), r.out());
        var bad = IngestCommandTest.run("score", "--protomodel", Path.of("../database/toy/planted.json").toString(),
                "--database", database, "--param", "profile.prior.nothing=1");
        assertEquals(64, bad.code(), "unknown profile key is a usage error");
    }

    @Test
    void combine_writesSymmetricMatrixAndExplains() throws Exception {
        Path out = dir.resolve("combine");
        var r = IngestCommandTest.run("combine", "--database", database, "--progress", "none", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = Json.mapper().readTree(Files.readString(out.resolve("combinability.json")));
        SchemaValidator.own().validateOwn(doc, "combinability.json");
        int n = doc.get("analyses").size();
        assertTrue(n >= 8);
        for (int i = 0; i < n; i++) {
            assertFalse(doc.get("matrix").get(i).get(i).get("combinable").asBoolean(), "diagonal");
            for (int j = 0; j < n; j++) {
                assertEquals(doc.get("matrix").get(i).get(j).get("combinable"), doc.get("matrix").get(j).get(i).get("combinable"),
                        "symmetric at " + i + "," + j);
            }
        }
        assertTrue(Files.isRegularFile(out.resolve("combine.manifest.json")));
        var e = IngestCommandTest.run("combine", "--database", database, "--explain", "ATLAS-TOY-13-002", "CMS-TOY-13-004");
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().startsWith("combinable: different collaborations"), e.out());
        var same = IngestCommandTest.run("combine", "--database", database, "--explain", "ATLAS-TOY-13-002", "ATLAS-TOY-13-005");
        assertTrue(same.out().startsWith("not combinable"), same.out());
        assertEquals(64, IngestCommandTest.run("combine", "--database", database, "--explain", "ATLAS-TOY-13-002", "NOPE").code());
        assertEquals(64, IngestCommandTest.run("combine", "--database", database).code(), "--out missing");
    }
}

package org.protomodels.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.pipeline.Pipeline;
import org.protomodels.pipeline.PipelineInputs;
import org.protomodels.step.EventSink;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;

/**
 * The report of the toy pipeline with the score and walk fixtures (src/test/resources/org/protomodels/report):
 * every image it names exists, tables have rows, no NaN, same bytes twice, absent inputs say "not run".
 */
class ReportStageTest {
    static final Path FIXTURES = Path.of("src/test/resources/org/protomodels/report");

    @TempDir
    static Path shared;

    static Path results;

    @BeforeAll
    static void toyPipeline() {
        results = shared.resolve("toy");
        new Pipeline(EventSink.NONE).run(new PipelineInputs(List.of(), List.of(), null, null, null, null, true, 3L, 2,
                0, 1, 0, 1, "v2", 1, results));
    }

    static ReportStage.Result full(Path out) {
        return new ReportStage(EventSink.NONE).run(new ReportInputs(results, out, null, 0, FIXTURES.resolve("score.json"),
                FIXTURES.resolve("walk"), "sha256:0123abcd"));
    }

    @Test
    void run_toyWithScoreAndWalk_imagesExistTablesHaveRowsNoNaN_andSameBytesTwice(@TempDir Path dir) throws Exception {
        ReportStage.Result a = full(dir.resolve("a"));
        String html = Files.readString(a.index());
        String md = Files.readString(a.summary());
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        int images = 0;
        while (img.find()) {
            Path png = a.index().resolveSibling(img.group(1));
            assertTrue(Files.size(png) > 1000, "image " + img.group(1));
            assertTrue(Files.size(a.index().resolveSibling(img.group(1).replace(".png", ".svg"))) > 1000, "SVG of " + img.group(1));
            images++;
        }
        // mass spectrum, likelihood curves, K vs step, acceptance, particle content, SM p-values and Z
        assertEquals(7, images, "plots in the report");
        int tables = html.split("<tbody>", -1).length - 1;
        assertTrue(tables >= 10, tables + " tables");
        for (String body : html.split("<tbody>\n")) {
            if (body.contains("</tbody>")) {
                assertTrue(body.substring(0, body.indexOf("</tbody>")).contains("<tr>"), "a table without rows");
            }
        }
        assertFalse(html.contains("NaN"), "index.html says NaN");
        assertFalse(md.contains("NaN"), "summary.md says NaN");
        assertFalse(html.contains("class=\"scroll\""), "no horizontally scrolling containers");
        for (String expected : List.of("X_t 800 GeV", "protomodel.slha", "r_obs", "ATLAS-TOY-13-002", "σ(13 TeV) [fb]",
                "sha256:0123abcd", "acceptance rate", "CMS-TOY-13-003")) {
            assertTrue(html.contains(Html.esc(expected)) || html.contains(expected), "index.html shows " + expected);
        }
        for (String table : List.of("| analysis | type | dataset |", "| critic | verdict |", "| rank | K |",
                "| production | PDG pair | SSM |", "| stage | folder | tool version |")) {
            assertTrue(md.contains(table), "summary.md carries " + table);
        }
        assertTrue(Files.readString(a.index().resolveSibling("protomodel.slha")).contains("BLOCK MASS"), "SLHA written");

        ReportStage.Result b = full(dir.resolve("b"));
        try (Stream<Path> files = Files.list(dir.resolve("a"))) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.index().resolveSibling(f.getFileName())),
                        "same bytes on a second run: " + f.getFileName());
            }
        }
    }

    @Test
    void run_protomodelFileWithGluino_threeLevelsAndTheirDecays(@TempDir Path dir) throws Exception {
        var r = new ReportStage(EventSink.NONE).run(new ReportInputs(results, dir, FIXTURES.resolve("gluino_stop.json"), 0,
                null, null, null));
        String html = Files.readString(r.index());
        assertTrue(html.contains("From the file gluino_stop.json"), "source named");
        assertTrue(html.contains("<td>X_g</td>") && html.contains("<td>X_t</td>") && html.contains("<td>X_Z^1</td>"), "three particles");
        assertTrue(html.contains("→ X_t t: 0.75") && html.contains("→ X_Z^1 g: 0.25"), "gluino decays with BRs");
        assertTrue(Files.size(dir.resolve("mass-spectrum.png")) > 1000, "spectrum plot");
        assertFalse(html.contains("NaN"), "no NaN");
    }

    @Test
    void run_onlyResults_sectionsWithoutInputSayNotRun(@TempDir Path dir) throws Exception {
        var r = new ReportStage(EventSink.NONE).run(new ReportInputs(results, dir));
        String html = Files.readString(r.index());
        for (String note : List.of("Not run: no protomodel given", "Not run: no score of the protomodel",
                "Not run: no walk output", "Not run: no K distribution")) {
            assertTrue(html.contains(note), "note: " + note);
        }
        assertTrue(Files.readString(r.summary()).contains("_Not run: no walk output"), "summary.md has the notes too");
        assertFalse(Files.exists(dir.resolve("protomodel.slha")), "no SLHA without a protomodel");
    }

    @Test
    void run_scoreOfWrongKind_invalidInputNamesFileAndPointer(@TempDir Path dir) {
        var e = assertThrows(InvalidInputException.class, () -> new ReportStage(EventSink.NONE).run(new ReportInputs(results,
                dir, null, 0, FIXTURES.resolve("bad_score_kind.json"), null, null)));
        assertTrue(e.getMessage().contains("bad_score_kind.json") && e.getMessage().contains("/kind"), e.getMessage());
    }

    @Test
    void run_curveShorterThanMu_invalidInputNamesThePointer(@TempDir Path dir) {
        var e = assertThrows(InvalidInputException.class, () -> new ReportStage(EventSink.NONE).run(new ReportInputs(results,
                dir, null, 0, FIXTURES.resolve("bad_score_curve_length.json"), null, null)));
        assertTrue(e.getMessage().contains("/curves/members/0/minus2DeltaLnL"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("index.html")), "no partial report");
    }

    @Test
    void run_pvaluesWithGlobalAndSubset_globalPValueTableAndPlots(@TempDir Path dir) throws Exception {
        // a copy of the toy results whose pvalues.json also holds a global K distribution and one named subset
        Path res = dir.resolve("res");
        Files.createDirectories(res.resolve("pvalues/plots"));
        Files.createDirectories(res.resolve("ingest"));
        Files.copy(results.resolve("ingest/database.json"), res.resolve("ingest/database.json"));
        try (Stream<Path> plots = Files.list(results.resolve("pvalues/plots"))) {
            for (Path p : plots.toList()) {
                Files.copy(p, res.resolve("pvalues/plots").resolve(p.getFileName()));
            }
        }
        var doc = (com.fasterxml.jackson.databind.node.ObjectNode) org.protomodels.io.Json.readTree(
                results.resolve("pvalues/pvalues.json"));
        doc.set("global", org.protomodels.io.Json.mapper().readTree(
                "{\"observedK\":7.5,\"fakeK\":[1,2,3,4,5,6,7,8,9,10]}"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("subsets")).set("13TeV", doc.get("sm").get("distribution"));
        Files.writeString(res.resolve("pvalues/pvalues.json"), doc.toString());

        var r = new ReportStage(EventSink.NONE).run(new ReportInputs(res, dir.resolve("out")));
        String html = Files.readString(r.index());
        // by hand: 3 of the 10 fake K values (8, 9, 10) are >= 7.5, so the empirical p-value is 0.3 exactly
        assertTrue(html.contains("<td>p (fraction of fakes with K ≥ K_obs)</td><td>0.3 ± "), "empirical global p-value 3/10");
        assertTrue(html.contains("<td>global p-value (fakes)</td><td>0.3 ± "), "at a glance");
        assertTrue(Files.size(dir.resolve("out/global-k.png")) > 1000, "fakes' K histogram");
        assertTrue(Files.size(dir.resolve("out/pvalues-subset-13TeV.png")) > 1000, "subset histogram");
        assertFalse(html.contains("NaN"), "no NaN");
    }

    @Test
    void run_missingResults_inputMissing(@TempDir Path dir) {
        assertThrows(InputMissingException.class, () -> new ReportStage(EventSink.NONE)
                .run(new ReportInputs(dir.resolve("absent"), dir.resolve("out"))));
    }

    @Test
    void run_walkFolderWithoutHiscores_inputMissing(@TempDir Path dir) {
        assertThrows(InputMissingException.class, () -> new ReportStage(EventSink.NONE)
                .run(new ReportInputs(results, dir.resolve("out"), null, 0, null, dir, null)));
    }
}

package org.protomodels.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.io.AtomicFiles;
import org.protomodels.io.Json;
import org.protomodels.io.Sha256;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.ProtoModelFiles;
import org.protomodels.pvalues.GlobalPValue;
import org.protomodels.step.EventSink;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.Stage;
import org.protomodels.step.StageOutput;
import org.protomodels.step.StepManifest;
import org.protomodels.step.ToolVersion;

/**
 * The report: {@code index.html} (static, opens from disk, no network, fits a 1366 px screen) and
 * {@code summary.md} with the same tables, plus every plot as PNG and SVG and the best protomodel's SLHA file.
 * Built from the stage outputs under the results folder and the optional protomodel, score and walk inputs;
 * a section whose input is absent says "not run".
 */
public final class ReportStage implements Stage<ReportInputs, ReportStage.Result> {
    public static final String NAME = "report";

    /** Where the report is. */
    public record Result(Path index, Path summary) {
    }

    private final EventSink events;

    public ReportStage(EventSink events) {
        this.events = events;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Result run(ReportInputs in) {
        Path results = in.results();
        if (!Files.isDirectory(results)) {
            throw new InputMissingException("--results " + results + ": no such folder");
        }
        List<StepManifest.FileDigest> inputs = new ArrayList<>();
        Path dbFile = results.resolve("ingest/database.json");
        Database db = null;
        String dbSha = null;
        if (Files.exists(dbFile)) {
            db = DatabaseIO.read(dbFile);
            dbSha = Sha256.of(dbFile);
            inputs.add(new StepManifest.FileDigest("ingest/database.json", dbSha));
        }
        JsonNode pvalues = readIfPresent(results.resolve("pvalues/pvalues.json"), "pvalues/pvalues.json", inputs);
        JsonNode fakes = readIfPresent(results.resolve("fakes/fakes.json"), "fakes/fakes.json", inputs);

        Path walkDir = in.walk() != null ? in.walk()
                : Files.isRegularFile(results.resolve("walk/hiscores.json")) ? results.resolve("walk") : null;
        WalkRun walk = walkDir == null ? null : WalkRun.read(walkDir);
        if (walk != null) {
            inputs.add(Provenance.digest("walk/hiscores.json", walkDir.resolve("hiscores.json")));
            if (Files.exists(walkDir.resolve("history.jsonl"))) {
                inputs.add(Provenance.digest("walk/history.jsonl", walkDir.resolve("history.jsonl")));
            }
        }
        Path scoreFile = in.score() != null ? in.score() : firstExisting(results.resolve("score.json"),
                results.resolve("combine/score.json"), walkDir == null ? null : walkDir.resolve("score.json"));
        ScoreFile score = scoreFile == null ? null : ScoreFile.read(scoreFile);
        if (score != null) {
            inputs.add(Provenance.digest("score/" + scoreFile.getFileName(), scoreFile));
        }
        ProtoModel model = null;
        String source = null;
        if (in.protomodel() != null) {
            model = ProtoModelFiles.read(in.protomodel(), in.index());
            source = "the file " + in.protomodel().getFileName() + (in.index() > 0 ? ", entry " + in.index() : "");
            inputs.add(Provenance.digest("protomodel/" + in.protomodel().getFileName(), in.protomodel()));
        } else if (walk != null && !walk.hiscores().isEmpty()) {
            WalkRun.Hiscore best = walk.hiscores().get(0);
            model = best.model();
            source = "the walk's best hiscore (rank " + best.rank() + ", K = " + Fmt.fixed(best.k(), 2) + ", walker "
                    + best.walker() + ", step " + best.step() + ")";
        }

        Map<String, Path> folders = new LinkedHashMap<>();
        for (String stage : List.of("ingest", "likelihoods", "combine", "walk", "fakes", "pvalues")) {
            folders.put(stage + "/", results.resolve(stage));
        }
        folders.put("walk (--walk)", walkDir);
        folders.put("score (--score)", scoreFile == null ? null : scoreFile.toAbsolutePath().getParent());
        List<Provenance.Manifest> manifests = Provenance.find(folders);
        for (Provenance.Manifest m : manifests) {
            Path rel = m.file().toAbsolutePath().normalize();
            Path root = results.toAbsolutePath().normalize();
            String name = rel.startsWith(root) ? root.relativize(rel).toString().replace('\\', '/') : m.where().split(" ")[0]
                    + "/" + m.file().getFileName();
            inputs.add(new StepManifest.FileDigest(name, Sha256.of(m.file())));
        }

        Map<String, Object> parameters = new TreeMap<>();
        parameters.put("protomodel", in.protomodel() == null ? "none" : in.protomodel().getFileName().toString());
        parameters.put("index", in.index());
        parameters.put("score", scoreFile == null ? "none" : scoreFile.getFileName().toString());
        parameters.put("walk", walkDir == null ? "none" : String.valueOf(walkDir.getFileName()));
        parameters.put("imageDigest", in.imageDigest() == null ? "none" : in.imageDigest());

        try (StageOutput out = new StageOutput(NAME, in.out())) {
            Figures figures = new Figures(out);
            Doc doc = new Doc();
            doc.rawHtml(head());
            doc.h1("protomodels report");
            doc.rawHtml("<p class=\"lead\">What the pipeline found. Masses in GeV, cross sections in fb, significances in σ, "
                    + "counts in events; n/a marks a number that does not exist; sections of stages that were not run say so.</p>\n"
                    + "<nav>" + nav() + "</nav>\n");
            glance(doc, model, score, walk, db, pvalues);
            ProtoModelSection.write(doc, figures, model, source, db);
            ScoreSection.write(doc, figures, score);
            WalkSection.write(doc, figures, walk);
            PValuesSection.write(doc, figures, pvalues, results.resolve("pvalues"));
            databaseSection(doc, db, fakes);
            Provenance.write(doc, manifests, in.imageDigest(), db == null ? null : db.databaseVersion(), dbSha);
            doc.rawHtml("<p class=\"small\">protomodel " + Html.esc(ToolVersion.get()) + "</p>\n</main></body></html>\n");
            write(out.file("index.html"), doc.html());
            write(out.file("summary.md"), doc.markdown());
            out.commit(parameters, null, inputs);
        }
        events.info("report written");
        return new Result(in.out().resolve("index.html"), in.out().resolve("summary.md"));
    }

    private static void glance(Doc doc, ProtoModel model, ScoreFile score, WalkRun walk, Database db, JsonNode pvalues) {
        doc.h2("summary", "At a glance");
        List<String[]> rows = new ArrayList<>();
        if (score != null) {
            rows.add(new String[] {"K of the best protomodel", Fmt.fixed(score.k(), 2) + " (score)"});
            rows.add(new String[] {"significance of its combination", Fmt.fixed(score.z(), 2) + (Double.isFinite(score.z()) ? " σ" : "")});
            rows.add(new String[] {"results in the best combination", String.valueOf(score.combination().size())});
        } else if (walk != null && !walk.hiscores().isEmpty()) {
            rows.add(new String[] {"K of the best protomodel", Fmt.fixed(walk.hiscores().get(0).k(), 2) + " (walk hiscore)"});
        }
        if (model != null) {
            StringBuilder sb = new StringBuilder();
            model.masses().forEach((pdg, m) -> sb.append(sb.length() > 0 ? ", " : "").append(Names.of(pdg)).append(' ')
                    .append(Fmt.num(m)).append(" GeV"));
            rows.add(new String[] {"particles of the best protomodel", sb.toString()});
        }
        GlobalPValue global = pvalues == null ? null : PValuesSection.global(pvalues.get("global"));
        if (global != null) {
            rows.add(new String[] {"global p-value (fakes)", Fmt.sig(global.empirical(), 3) + " ± " + Fmt.sig(global.empiricalError(), 2)
                    + " (" + global.fakes() + " fakes)"});
        }
        if (db != null) {
            rows.add(new String[] {"analyses in the database", db.analyses().size() + " (version " + db.databaseVersion() + ")"});
        }
        if (rows.isEmpty()) {
            doc.notRun("Nothing to summarise: no protomodel, score, walk or database.");
        } else {
            doc.table(new String[] {"quantity", "value"}, rows);
        }
    }

    private static void databaseSection(Doc doc, Database db, JsonNode fakes) {
        doc.h2("database", "The database");
        if (db == null) {
            doc.notRun("Not run: the ingest stage was not run.");
        } else {
            List<String[]> rows = new ArrayList<>();
            for (Analysis a : db.analyses()) {
                rows.add(analysisRow(a));
            }
            doc.p(db.analyses().size() + " analyses, database version " + db.databaseVersion() + ".");
            doc.table(new String[] {"analysis", "experiment", "√s [TeV]", "luminosity [fb⁻¹]", "type", "signal regions", "maps"}, rows);
        }
        doc.h3("Fake databases");
        if (fakes == null) {
            doc.notRun("Not run: the fakes stage was not run.");
        } else {
            doc.p(fakes.path("fakes").size() + " Standard-Model-only fake databases, seed " + fakes.path("seed").asLong()
                    + ", background uncertainties scaled by " + Fmt.num(fakes.path("fudge").asDouble(Double.NaN)) + ".");
        }
    }

    private static String[] analysisRow(Analysis a) {
        int srs = 0;
        int maps = 0;
        boolean ul = false;
        boolean em = false;
        for (DataSet d : a.datasets()) {
            if (d.dataType() == DataType.EFFICIENCY_MAP) {
                srs++;
                em = true;
            } else {
                ul = true;
            }
            maps += d.txNames().size();
        }
        String type = a.covariance() != null ? "combined (covariance)" : !a.workspaces().isEmpty() ? "combined (full likelihood)"
                : em && ul ? "efficiency maps + upper limits" : em ? "efficiency maps" : "upper limits";
        return new String[] {a.id(), a.experiment().label(), Fmt.num(a.sqrts()), Fmt.num(a.luminosity()), type,
                String.valueOf(srs), String.valueOf(maps)};
    }

    /** Kept for callers that format numbers the report's way. */
    static String num(double v) {
        return Fmt.num(v);
    }

    private static Path firstExisting(Path... candidates) {
        for (Path p : candidates) {
            if (p != null && Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static JsonNode readIfPresent(Path p, String name, List<StepManifest.FileDigest> inputs) {
        if (!Files.exists(p)) {
            return null;
        }
        inputs.add(new StepManifest.FileDigest(name, Sha256.of(p)));
        return Json.readTree(p);
    }

    private static void write(Path p, String s) {
        AtomicFiles.write(p, s.getBytes(StandardCharsets.UTF_8));
    }

    private static String nav() {
        String[][] links = {{"summary", "at a glance"}, {"protomodel", "protomodel"}, {"combination", "combination"},
            {"critics", "critics"}, {"likelihoods", "likelihoods"}, {"walk", "walk"}, {"global", "global p-value"},
            {"pvalues", "signal-region p-values"}, {"database", "database"}, {"provenance", "provenance"}};
        StringBuilder sb = new StringBuilder();
        for (String[] l : links) {
            sb.append("<a href=\"#").append(l[0]).append("\">").append(l[1]).append("</a> ");
        }
        return sb.toString().strip();
    }

    private static String head() {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>protomodels report</title>
                <style>
                body { font-family: system-ui, -apple-system, "DejaVu Sans", sans-serif; margin: 0; color: #1d2433; background: #fff; }
                main { max-width: 1180px; margin: 0 auto; padding: 1rem 1.5rem; box-sizing: border-box; }
                h1 { font-size: 1.7rem; margin-bottom: 0.2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #d8dde6; }
                nav { font-size: 0.9rem; line-height: 1.8; } nav a { margin-right: 0.8rem; white-space: nowrap; }
                .lead { color: #4a5568; } .small { color: #718096; font-size: 0.85rem; margin-top: 2rem; }
                .notrun { color: #8a5a00; background: #fff8e6; padding: 0.4rem 0.6rem; border-left: 3px solid #e0a800; }
                table { border-collapse: collapse; width: 100%; font-size: 0.86rem; table-layout: auto; }
                th, td { border-bottom: 1px solid #e2e8f0; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top;
                         overflow-wrap: anywhere; word-break: break-word; }
                th { background: #f4f6fa; }
                .figs { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 460px), 1fr)); gap: 1rem; }
                figure { margin: 0.5rem 0; min-width: 0; }
                img { max-width: 100%; height: auto; border: 1px solid #e2e8f0; display: block; }
                figcaption { font-size: 0.85rem; color: #4a5568; }
                a.download { font-weight: 600; }
                </style>
                <script>
                // Self-check for headless browsers and curious readers: images loaded, tables filled, nothing too wide.
                window.addEventListener('load', function () {
                  var imgs = document.images, broken = 0, empty = 0, tables = document.getElementsByTagName('table');
                  for (var i = 0; i < imgs.length; i++) { if (!imgs[i].complete || imgs[i].naturalWidth === 0) { broken++; } }
                  for (var j = 0; j < tables.length; j++) { if (tables[j].querySelectorAll('tbody tr').length === 0) { empty++; } }
                  var b = document.body;
                  b.setAttribute('data-images', String(imgs.length));
                  b.setAttribute('data-broken-images', String(broken));
                  b.setAttribute('data-tables', String(tables.length));
                  b.setAttribute('data-empty-tables', String(empty));
                  b.setAttribute('data-overflow', String(document.documentElement.scrollWidth > window.innerWidth));
                  b.setAttribute('data-scroll-width', String(document.documentElement.scrollWidth));
                  b.setAttribute('data-scroll-height', String(document.documentElement.scrollHeight));
                  b.setAttribute('data-checked', 'true');
                });
                </script>
                </head><body><main>
                """;
    }
}

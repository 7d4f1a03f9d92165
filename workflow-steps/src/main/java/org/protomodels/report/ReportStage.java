package org.protomodels.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.io.Json;
import org.protomodels.io.Sha256;
import org.protomodels.step.EventSink;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.Stage;
import org.protomodels.step.StageOutput;
import org.protomodels.step.StepManifest;
import org.protomodels.step.ToolVersion;

/**
 * The report: {@code report/index.html} (static, opens from disk, no network) and {@code report/summary.md}
 * with the same tables, built from the stage outputs under the results folder.
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
        if (!Files.isDirectory(in.results())) {
            throw new InputMissingException("--results " + in.results() + ": no such folder");
        }
        Path dbFile = in.results().resolve("ingest/database.json");
        Database db = Files.exists(dbFile) ? DatabaseIO.read(dbFile) : null;
        JsonNode pvalues = read(in.results().resolve("pvalues/pvalues.json"));
        JsonNode fakes = read(in.results().resolve("fakes/fakes.json"));
        List<StepManifest.FileDigest> inputs = new ArrayList<>();

        Html h = new Html();
        StringBuilder md = new StringBuilder("# protomodels report\n\n");
        h.raw(head());
        h.text("h1", "protomodels report");
        h.raw("<p class=\"lead\">What the pipeline found, stage by stage. Numbers carry their units; "
                + "sections of stages that were not run say so.</p>\n");

        // --- the database
        h.text("h2", "The database");
        md.append("## The database\n\n");
        if (db == null) {
            h.text("p", "Not available: the ingest stage was not run.");
            md.append("Not available: the ingest stage was not run.\n\n");
        } else {
            inputs.add(new StepManifest.FileDigest("ingest/database.json", Sha256.of(dbFile)));
            String[] header = {"analysis", "experiment", "√s [TeV]", "luminosity [fb⁻¹]", "type", "signal regions", "maps"};
            List<String[]> rows = new ArrayList<>();
            for (Analysis a : db.analyses()) {
                rows.add(analysisRow(a));
            }
            h.text("p", db.analyses().size() + " analyses, database version " + db.databaseVersion() + ".");
            h.table(header, rows);
            md.append(db.analyses().size()).append(" analyses, database version ").append(db.databaseVersion()).append(".\n\n");
            markdownTable(md, header, rows);
        }

        // --- p-values
        h.text("h2", "Signal-region p-values");
        md.append("## Signal-region p-values\n\n");
        List<String> plots = new ArrayList<>();
        if (pvalues == null) {
            h.text("p", "Not available: the pvalues stage was not run.");
            md.append("Not available: the pvalues stage was not run.\n\n");
        } else {
            JsonNode dist = pvalues.get("sm").get("distribution");
            String line = String.format(Locale.ROOT, "%d signal regions; weighted mean p = %.3f (a flat distribution gives 0.500 ± %.3f); "
                            + "χ² flatness probability %.3g.", dist.get("regions").asInt(), dist.get("weightedMean").asDouble(),
                    dist.get("expectedMeanError").asDouble(), dist.get("flatness").asDouble());
            h.text("p", line);
            md.append(line).append("\n\n");
            for (JsonNode p : pvalues.get("plots")) {
                if (p.asText().endsWith(".png")) {
                    String name = Path.of(p.asText()).getFileName().toString();
                    plots.add(name);
                    String hypothesis = name.contains("protomodel") ? "the protomodel" : "the SM";
                    h.image(name, name.startsWith("pvalues") ? "p-values of the signal regions under " + hypothesis
                            + ", with the flat expectation" : "significances Z of the signal regions under " + hypothesis
                            + ", with the standard normal");
                }
            }
            String[] header = {"analysis", "signal region", "observed [events]", "background [events]", "p", "Z [σ]"};
            List<String[]> rows = new ArrayList<>();
            List<JsonNode> regions = new ArrayList<>();
            pvalues.get("sm").get("regions").forEach(regions::add);
            regions.sort((a, b) -> Double.compare(a.get("p").asDouble(), b.get("p").asDouble()));
            for (JsonNode r : regions.subList(0, Math.min(15, regions.size()))) {
                rows.add(new String[] {r.get("analysis").asText(), r.get("dataset").asText(), num(r.get("observed").asDouble()),
                        String.format(Locale.ROOT, "%s ± %s", num(r.get("background").asDouble()), num(r.get("backgroundError").asDouble())),
                        String.format(Locale.ROOT, "%.3g", r.get("p").asDouble()), String.format(Locale.ROOT, "%.2f", r.get("z").asDouble())});
            }
            h.text("h3", "The most significant excesses");
            h.table(header, rows);
            md.append("### The most significant excesses\n\n");
            markdownTable(md, header, rows);
        }

        // --- fakes
        h.text("h2", "Fake databases");
        md.append("## Fake databases\n\n");
        String fakeLine = fakes == null ? "Not available: the fakes stage was not run."
                : fakes.get("fakes").size() + " Standard-Model-only fake databases, seed " + fakes.get("seed").asLong()
                + ", background uncertainties scaled by " + fakes.get("fudge").asDouble() + ".";
        h.text("p", fakeLine);
        md.append(fakeLine).append("\n\n");

        // --- provenance
        h.text("h2", "Provenance");
        md.append("## Provenance\n\n");
        String[] header = {"stage", "tool version", "seed", "parameters", "outputs"};
        List<String[]> rows = new ArrayList<>();
        for (String stage : List.of("ingest", "likelihoods", "combine", "walk", "fakes", "pvalues")) {
            JsonNode m = read(in.results().resolve(stage).resolve(stage + ".manifest.json"));
            if (m == null) {
                continue;
            }
            inputs.add(new StepManifest.FileDigest(stage + "/" + stage + ".manifest.json",
                    Sha256.of(in.results().resolve(stage).resolve(stage + ".manifest.json"))));
            rows.add(new String[] {stage, m.get("toolVersion").asText(), m.hasNonNull("seed") ? m.get("seed").asText() : "–",
                    m.get("parameters").toString(), String.valueOf(m.get("outputs").size())});
        }
        h.table(header, rows);
        markdownTable(md, header, rows);
        h.raw("<p class=\"small\">protomodel " + Html.esc(ToolVersion.get()) + "</p>\n</main></body></html>\n");

        try (StageOutput out = new StageOutput(NAME, in.out())) {
            for (String p : plots) {
                Path src = in.results().resolve("pvalues/plots").resolve(p);
                copy(src, out.file(p));
                String svg = p.replace(".png", ".svg");
                if (Files.exists(src.resolveSibling(svg))) {
                    copy(src.resolveSibling(svg), out.file(svg));
                }
            }
            write(out.file("index.html"), h.toString());
            write(out.file("summary.md"), md.toString());
            out.commit(Map.of(), null, inputs);
        }
        events.info("report written");
        return new Result(in.out().resolve("index.html"), in.out().resolve("summary.md"));
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
        return new String[] {a.id(), a.experiment().label(), num(a.sqrts()), num(a.luminosity()), type, String.valueOf(srs),
                String.valueOf(maps)};
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        // four significant digits without trailing zeros: 1.8, 36.1, 0.0123
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static void markdownTable(StringBuilder md, String[] header, List<String[]> rows) {
        md.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.length; i++) {
            md.append("---|");
        }
        md.append('\n');
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        md.append('\n');
    }

    private static JsonNode read(Path p) {
        return Files.exists(p) ? Json.readTree(p) : null;
    }

    private static void copy(Path src, Path dst) {
        try {
            Files.copy(src, dst, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new org.protomodels.step.OutputException(dst + ": cannot copy " + src.getFileName(), e);
        }
    }

    private static void write(Path p, String s) {
        org.protomodels.io.AtomicFiles.write(p, s.getBytes(StandardCharsets.UTF_8));
    }

    private static String head() {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>protomodels report</title>
                <style>
                body { font-family: system-ui, -apple-system, "DejaVu Sans", sans-serif; margin: 0; color: #1d2433; background: #fff; }
                main { max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
                h1 { font-size: 1.7rem; margin-bottom: 0.2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #d8dde6; }
                .lead { color: #4a5568; } .small { color: #718096; font-size: 0.85rem; margin-top: 2rem; }
                .scroll { overflow-x: auto; }
                table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
                th, td { border-bottom: 1px solid #e2e8f0; padding: 0.3rem 0.5rem; text-align: left; word-break: break-word; }
                th { background: #f4f6fa; }
                figure { display: inline-block; margin: 0.5rem 1rem 0.5rem 0; max-width: 100%; }
                img { max-width: 100%; height: auto; border: 1px solid #e2e8f0; }
                figcaption { font-size: 0.85rem; color: #4a5568; }
                </style></head><body><main>
                """;
    }
}

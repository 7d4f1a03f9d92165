package org.protomodels.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.protomodels.plots.LineCharts;
import org.protomodels.pvalues.GlobalPValue;
import org.protomodels.step.OutputException;

/**
 * The p-values: the global p-value of the observed K against the fakes' K distribution (when pvalues.json holds
 * {@code global: {observedK, fakeK: [..]}}), the per-signal-region p-value histograms under the SM and under the
 * protomodel with the flat expectation, the named subsets, and the most significant excesses.
 */
final class PValuesSection {
    private PValuesSection() {
    }

    static void write(Doc doc, Figures figures, JsonNode pvalues, Path pvaluesFolder) {
        doc.h2("global", "Global p-value");
        JsonNode g = pvalues == null ? null : pvalues.get("global");
        if (global(g) == null) {
            doc.notRun("Not run: no K distribution of walks on fake databases yet (pvalues.json has no 'global').");
        } else {
            globalPValue(doc, figures, g);
        }
        doc.h2("pvalues", "Signal-region p-values");
        if (pvalues == null) {
            doc.notRun("Not run: the pvalues stage was not run.");
            return;
        }
        JsonNode dist = pvalues.path("sm").path("distribution");
        doc.p(String.format(Locale.ROOT, "%d signal regions; weighted mean p = %s (a flat distribution gives 0.500 ± %s); "
                        + "χ² flatness probability %s. Each analysis has weight 1, shared among its signal regions.",
                dist.path("regions").asInt(), Fmt.fixed(num(dist, "weightedMean"), 3), Fmt.fixed(num(dist, "expectedMeanError"), 3),
                Fmt.sig(num(dist, "flatness"), 3)));
        List<Doc.Figure> figs = new ArrayList<>();
        for (JsonNode p : pvalues.path("plots")) {
            if (!p.asText().endsWith(".png")) {
                continue;
            }
            String name = Path.of(p.asText()).getFileName().toString();
            String svg = name.replace(".png", ".svg");
            Path src = pvaluesFolder.resolve(p.asText());
            copy(src, figures.file(name));
            if (Files.exists(src.resolveSibling(svg))) {
                copy(src.resolveSibling(svg), figures.file(svg));
            }
            String hypothesis = name.contains("protomodel") ? "the protomodel" : "the SM";
            figs.add(new Doc.Figure(name, svg, name.startsWith("pvalues") ? "p-values of the signal regions under " + hypothesis
                    + ", with the flat expectation" : "significances Z of the signal regions under " + hypothesis
                    + ", with the standard normal"));
        }
        JsonNode bsm = pvalues.path("protomodel").path("distribution");
        if (!bsm.isMissingNode()) {
            double[] edges = doubles(dist.path("binEdges"));
            double[] sm = fractions(dist.path("weightedCounts"));
            double[] pm = fractions(bsm.path("weightedCounts"));
            if (edges.length == sm.length + 1 && sm.length == pm.length && sm.length > 0) {
                figs.add(0, figures.plot("pvalues-sm-vs-protomodel", "p-values of the signal regions under the SM and under "
                        + "the protomodel, with the flat expectation (a good model flattens the distribution)",
                        base -> LineCharts.overlay(edges, hypotheses(sm, pm), 1.0 / sm.length, LineCharts.Axes.of("p-values: SM vs protomodel", "p-value of the signal region",
                                        "weighted fraction of regions"), base)));
            }
        }
        var subsets = pvalues.path("subsets").fields();
        while (subsets.hasNext()) {
            var e = subsets.next();
            JsonNode d = e.getValue();
            double[] edges = doubles(d.path("binEdges"));
            double[] w = doubles(d.path("weightedCounts"));
            if (edges.length != w.length + 1 || w.length == 0) {
                continue;
            }
            double total = 0;
            for (double v : w) {
                total += v;
            }
            double[] frac = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                frac[i] = total > 0 ? w[i] / total : 0;
            }
            String safe = e.getKey().replaceAll("[^A-Za-z0-9_-]", "_");
            figs.add(figures.plot("pvalues-subset-" + safe, "p-values of the subset '" + e.getKey() + "' (" + d.path("regions").asInt()
                    + " signal regions) under the SM, with the flat expectation", base -> LineCharts.histogram(edges, frac,
                    "regions (" + d.path("regions").asInt() + ")", 1.0 / w.length, Double.NaN, LineCharts.Axes.of(
                            "p-values, subset " + e.getKey(), "p-value of the signal region", "weighted fraction of regions"), base)));
        }
        doc.figures(figs);
        List<JsonNode> regions = new ArrayList<>();
        pvalues.path("sm").path("regions").forEach(regions::add);
        regions.sort((a, b) -> Double.compare(num(a, "p"), num(b, "p")));
        List<String[]> rows = new ArrayList<>();
        for (JsonNode r : regions.subList(0, Math.min(15, regions.size()))) {
            rows.add(new String[] {r.path("analysis").asText(), r.path("dataset").asText(), Fmt.num(num(r, "observed")),
                    Fmt.num(num(r, "background")) + " ± " + Fmt.num(num(r, "backgroundError")), Fmt.sig(num(r, "p"), 3),
                    Fmt.fixed(num(r, "z"), 2)});
        }
        doc.h3("The most significant excesses");
        if (rows.isEmpty()) {
            doc.notRun("No signal regions with counts in the database.");
        } else {
            doc.table(new String[] {"analysis", "signal region", "observed [events]", "background [events]", "p", "Z [σ]"}, rows);
        }
    }

    /** The global p-value of {@code {observedK, fakeK: [..]}}, or null when absent or unusable (fewer than 2 fakes). */
    static GlobalPValue global(JsonNode g) {
        if (g == null || !g.path("fakeK").isArray() || g.path("fakeK").size() < 2 || !g.path("observedK").isNumber()) {
            return null;
        }
        double[] k = doubles(g.get("fakeK"));
        for (double v : k) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        return GlobalPValue.of(g.get("observedK").asDouble(), k);
    }

    private static void globalPValue(Doc doc, Figures figures, JsonNode g) {
        double kObs = g.get("observedK").asDouble();
        double[] fakeK = doubles(g.get("fakeK"));
        GlobalPValue p = GlobalPValue.of(kObs, fakeK);
        doc.table(new String[] {"quantity", "value"}, List.of(
                new String[] {"observed K", Fmt.fixed(kObs, 2)},
                new String[] {"fake databases", String.valueOf(p.fakes())},
                new String[] {"p (fraction of fakes with K ≥ K_obs)", Fmt.sig(p.empirical(), 3) + " ± " + Fmt.sig(p.empiricalError(), 2)},
                new String[] {"p (Gaussian kernel density)", Fmt.sig(p.kde(), 3) + " ± " + Fmt.sig(p.kdeError(), 2)},
                new String[] {"significance Z", Fmt.fixed(p.significance(), 2) + " σ"}));
        double lo = Math.min(kObs, min(fakeK));
        double hi = Math.max(kObs, max(fakeK));
        double pad = Math.max(1, (hi - lo) * 0.08);
        int bins = Math.max(5, Math.min(30, (int) Math.ceil(Math.sqrt(fakeK.length)) + 2));
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = lo - pad + i * (hi - lo + 2 * pad) / bins;
        }
        double[] frac = new double[bins];
        for (double k : fakeK) {
            int b = (int) Math.min(bins - 1, Math.max(0, Math.floor((k - edges[0]) / (edges[1] - edges[0]))));
            frac[b] += 1.0 / fakeK.length;
        }
        doc.figures(List.of(figures.plot("global-k", "Best K of the walks on SM-only fake databases, with the observed K "
                + "(red line)", base -> LineCharts.histogram(edges, frac, "fakes (" + fakeK.length + ")", Double.NaN, kObs,
                LineCharts.Axes.of("K of the fakes", "K", "fraction of fakes"), base))));
    }

    private static double num(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
    }

    private static double[] doubles(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble(Double.NaN);
        }
        return out;
    }

    private static double[] fractions(JsonNode weightedCounts) {
        double[] w = doubles(weightedCounts);
        double total = 0;
        for (double v : w) {
            total += v;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = total > 0 ? w[i] / total : 0;
        }
        return w;
    }

    private static java.util.Map<String, double[]> hypotheses(double[] sm, double[] protomodel) {
        java.util.Map<String, double[]> m = new java.util.LinkedHashMap<>();
        m.put("SM", sm);
        m.put("protomodel", protomodel);
        return m;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static void copy(Path src, Path dst) {
        try {
            Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new OutputException(dst + ": cannot copy " + src.getFileName(), e);
        }
    }
}

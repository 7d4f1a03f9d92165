package org.protomodels.pvalues;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.io.Sha256;
import org.protomodels.step.EventSink;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.Stage;
import org.protomodels.step.StageOutput;
import org.protomodels.step.StepManifest;

/**
 * The pvalues stage: the p-value of every signal region under the SM and their distribution (meta-statistics),
 * for the whole database and for named subsets, with plots. Writes {@code pvalues.json} and
 * {@code plots/*.png|svg}.
 */
public final class PValuesStage implements Stage<PValuesInputs, PValuesStage.Result> {
    public static final String NAME = "pvalues";

    /** The written file and its content. */
    public record Result(Path file, Report report) {
    }

    /** {@code pvalues.json}. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Report(String kind, String version, double errorScale, Hypothesis sm, Hypothesis protomodel,
                         Map<String, PValueDistribution> subsets, List<String> plots) {
        public static final String KIND = "pvalues";
        public static final String VERSION = "1.0.0";
    }

    /** The regions' p-values under one hypothesis and their distribution. */
    public record Hypothesis(String name, List<RegionPValues.Region> regions, PValueDistribution distribution) {
    }

    private final EventSink events;

    public PValuesStage(EventSink events) {
        this.events = events;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Result run(PValuesInputs in) {
        if (!Files.isRegularFile(in.database())) {
            throw new InputMissingException("--database " + in.database() + ": no such file");
        }
        Database db = DatabaseIO.read(in.database());
        List<RegionPValues.Region> sm = RegionPValues.of(db, a -> true, in.errorScale(), Map.of());
        Hypothesis smHyp = new Hypothesis("SM", sm, PValueDistribution.of(sm));
        Hypothesis bsm = null;
        if (in.protomodel() != null) {
            // lambda ~ N(b + s, sigma_b) with s the protomodel's predicted yield in each efficiency-map region
            var model = org.protomodels.predict.model.ProtoModelFiles.read(in.protomodel(), in.protomodelIndex());
            Map<String, Double> signal = new TreeMap<>();
            for (var p : org.protomodels.predict.Predictor.predict(model, db)) {
                if (p.signalYield() != null) {
                    signal.merge(p.analysisId() + ":" + p.datasetId(), p.signalYield(), Double::sum);
                }
            }
            List<RegionPValues.Region> regions = RegionPValues.of(db, a -> true, in.errorScale(), signal);
            bsm = new Hypothesis("protomodel", regions, PValueDistribution.of(regions));
        }
        Map<String, PValueDistribution> subsets = new TreeMap<>();
        for (var e : in.subsets().entrySet()) {
            Pattern p = Pattern.compile(e.getValue());
            subsets.put(e.getKey(), PValueDistribution.of(RegionPValues.of(db, a -> p.matcher(a.id()).matches(), in.errorScale(), Map.of())));
        }
        try (StageOutput out = new StageOutput(NAME, in.out())) {
            List<String> plots = new ArrayList<>();
            Path plotDir = out.folder("plots");
            List<String> files = new ArrayList<>();
            files.addAll(PValuePlots.pValues(smHyp.distribution(), "Signal-region p-values under the SM", plotDir.resolve("pvalues-sm")));
            files.addAll(PValuePlots.significances(sm, "Signal-region significances under the SM", plotDir.resolve("z-sm")));
            if (bsm != null) {
                files.addAll(PValuePlots.pValues(bsm.distribution(), "Signal-region p-values under the protomodel",
                        plotDir.resolve("pvalues-protomodel")));
                files.addAll(PValuePlots.significances(bsm.regions(), "Signal-region significances under the protomodel",
                        plotDir.resolve("z-protomodel")));
            }
            for (String f : files) {
                out.file("plots/" + f);
                plots.add("plots/" + f);
            }
            Report report = new Report(Report.KIND, Report.VERSION, in.errorScale(), smHyp, bsm, subsets, plots);
            out.writeJson("pvalues.json", report);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("errorScale", in.errorScale());
            params.put("subsets", in.subsets());
            List<StepManifest.FileDigest> inputs = new ArrayList<>();
            inputs.add(new StepManifest.FileDigest("database/" + in.database().getFileName(), Sha256.of(in.database())));
            if (in.protomodel() != null) {
                params.put("protomodelIndex", in.protomodelIndex());
                inputs.add(new StepManifest.FileDigest("protomodel/" + in.protomodel().getFileName(), Sha256.of(in.protomodel())));
            }
            out.commit(params, null, inputs);
            events.info(String.format(java.util.Locale.ROOT, "%d signal regions: weighted mean p = %.3f (flat: 0.500 +- %.3f), flatness p = %.3g",
                    sm.size(), smHyp.distribution().weightedMean(), smHyp.distribution().expectedMeanError(),
                    smHyp.distribution().flatness()));
            return new Result(in.out().resolve("pvalues.json"), report);
        }
    }
}

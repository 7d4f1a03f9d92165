package org.protomodels.pvalues;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** {@code pvalues.json}; {@code sm}, {@code protomodel}, {@code global} are absent when not computed. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Report(String kind, String version, double errorScale, Hypothesis sm, Hypothesis protomodel,
                         Map<String, String> subsetRules, Map<String, PValueDistribution> subsets,
                         GlobalPValueReport global, List<String> plots) {
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
        if (in.database() != null && !Files.isRegularFile(in.database())) {
            throw new InputMissingException("--database " + in.database() + ": no such file");
        }
        if (in.protomodel() != null && !Files.isRegularFile(in.protomodel())) {
            throw new InputMissingException("--protomodel " + in.protomodel() + ": no such file");
        }
        GlobalPValueReport global = null;
        if (!in.observedHiscores().isEmpty()) {
            List<BestK.Run> observed = BestK.read(in.observedHiscores(), "--observed-hiscores");
            List<BestK.Run> fakes = BestK.read(in.fakeHiscores(), "--fake-hiscores");
            if (fakes.size() < 2) {
                throw new org.protomodels.step.UsageException("pvalues: --fake-hiscores: need the walks of at least 2 fakes, found "
                        + fakes.size());
            }
            global = GlobalPValueReport.of(observed, fakes);
        }
        Hypothesis smHyp = null;
        Hypothesis bsm = null;
        Map<String, PValueDistribution> subsets = new TreeMap<>();
        if (in.database() != null) {
            Database db = DatabaseIO.read(in.database());
            List<RegionPValues.Region> sm = RegionPValues.of(db, a -> true, in.errorScale(), Map.of());
            smHyp = new Hypothesis("SM", sm, PValueDistribution.of(sm));
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
            for (var e : in.subsets().entrySet()) {
                AnalysisSubset subset = AnalysisSubset.parse(e.getKey(), e.getValue());
                subsets.put(e.getKey(), PValueDistribution.of(RegionPValues.of(db, subset.test(), in.errorScale(), Map.of())));
            }
        }
        try (StageOutput out = new StageOutput(NAME, in.out())) {
            List<String> plots = new ArrayList<>();
            Path plotDir = out.folder("plots");
            List<String> files = new ArrayList<>();
            if (smHyp != null) {
                files.addAll(PValuePlots.pValues(smHyp.distribution(), "Signal-region p-values under the SM", plotDir.resolve("pvalues-sm")));
                files.addAll(PValuePlots.significances(smHyp.regions(), "Signal-region significances under the SM", plotDir.resolve("z-sm")));
            }
            if (bsm != null) {
                files.addAll(PValuePlots.pValues(bsm.distribution(), "Signal-region p-values under the protomodel",
                        plotDir.resolve("pvalues-protomodel")));
                files.addAll(PValuePlots.significances(bsm.regions(), "Signal-region significances under the protomodel",
                        plotDir.resolve("z-protomodel")));
                files.addAll(PValuePlots.pValuesCompared(smHyp.distribution(), bsm.distribution(),
                        "Signal-region p-values: SM vs protomodel", plotDir.resolve("pvalues-sm-vs-protomodel")));
            }
            if (global != null) {
                files.addAll(PValuePlots.kDistribution(global, plotDir.resolve("k-distribution")));
            }
            for (String f : files) {
                out.file("plots/" + f);
                plots.add("plots/" + f);
            }
            Report report = new Report(Report.KIND, Report.VERSION, in.errorScale(), smHyp, bsm,
                    in.subsets().isEmpty() ? null : in.subsets(), subsets, global, plots);
            out.writeJson("pvalues.json", report);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("errorScale", in.errorScale());
            params.put("subsets", in.subsets());
            List<StepManifest.FileDigest> inputs = new ArrayList<>();
            if (in.database() != null) {
                inputs.add(new StepManifest.FileDigest("database/" + in.database().getFileName(), Sha256.of(in.database())));
            }
            if (in.protomodel() != null) {
                params.put("protomodelIndex", in.protomodelIndex());
                inputs.add(new StepManifest.FileDigest("protomodel/" + in.protomodel().getFileName(), Sha256.of(in.protomodel())));
            }
            if (global != null) {
                params.put("observedRuns", global.observed().size());
                params.put("fakeRuns", global.fakes().size());
                int i = 0;
                for (BestK.Run r : global.observed()) {
                    inputs.add(new StepManifest.FileDigest("observed-hiscores/" + i++, Sha256.of(r.path())));
                }
                i = 0;
                for (BestK.Run r : global.fakes()) {
                    inputs.add(new StepManifest.FileDigest("fake-hiscores/" + i++, Sha256.of(r.path())));
                }
            }
            out.commit(params, null, inputs);
            if (smHyp != null) {
                events.info(String.format(java.util.Locale.ROOT, "%d signal regions: weighted mean p = %.3f (flat: 0.500 +- %.3f), flatness p = %.3g",
                        smHyp.regions().size(), smHyp.distribution().weightedMean(), smHyp.distribution().expectedMeanError(),
                        smHyp.distribution().flatness()));
            }
            if (global != null) {
                events.info(String.format(java.util.Locale.ROOT,
                        "global p-value of K_obs = %.3f against %d fakes: empirical %.4f +- %.4f, KDE %.4f +- %.4f (Z = %.2f)",
                        global.observedK(), global.fakes().size(), global.empirical(), global.empiricalError(),
                        global.kde(), global.kdeError(), global.z()));
            }
            return new Result(in.out().resolve("pvalues.json"), report);
        }
    }
}

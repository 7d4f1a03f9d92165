package org.protomodels.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protomodels.combine.CombineInputs;
import org.protomodels.combine.CombineStage;
import org.protomodels.combine.Profile;
import org.protomodels.fakes.FakesInputs;
import org.protomodels.fakes.FakesStage;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestResult;
import org.protomodels.ingest.IngestStage;
import org.protomodels.pvalues.PValuesInputs;
import org.protomodels.pvalues.PValuesStage;
import org.protomodels.report.ReportInputs;
import org.protomodels.report.ReportStage;
import org.protomodels.step.EventSink;
import org.protomodels.walk.ScorerEvaluator;
import org.protomodels.walk.WalkInputs;
import org.protomodels.walk.WalkSettings;
import org.protomodels.walk.WalkStage;

/**
 * Runs the stages in order, each into its own subfolder of the output, through the same APIs as the CLI, the
 * Maven goals and the workflow: {@code ingest/}, {@code walk/} (the walk on the data), {@code combine/} (the
 * combinability matrix and the score of the best protomodel), {@code fakes/}, {@code fakewalks/fake-NNNN/} (the
 * walk on every fake, for the global p-value), {@code pvalues/} and {@code report/}. Returns the outputs a person
 * looks at, in order (the report last).
 */
public final class Pipeline {
    private final EventSink events;

    public Pipeline(EventSink events) {
        this.events = events;
    }

    public Map<String, Path> run(PipelineInputs in) {
        Map<String, Path> outputs = new LinkedHashMap<>();
        Path out = in.out();
        Profile profile = Profile.resolve(in.profile(), Map.of());
        WalkSettings walk = WalkSettings.of(profile);
        events.info("stage 1/7: ingest");
        IngestResult ingest = new IngestStage(events).run(new IngestInputs(in.smodelsDatabases(), in.hepdata(),
                in.catalogue(), in.crossSections(), in.combinations(), in.hepdataSchemas(), in.toy(), out.resolve("ingest")));
        Path database = ingest.databaseFile();
        outputs.put("database", database);
        Path best = null;
        List<Path> observed = new ArrayList<>();
        if (in.walkers() > 0) {
            events.info("stage 2/7: walk (" + in.walkers() + " walkers x " + in.steps() + " steps)");
            var w = new WalkStage(events, ScorerEvaluator.source(profile, null)).run(WalkInputs.of(database, walk,
                    in.walkers(), in.steps(), in.seed(), in.threads(), false, out.resolve("walk")));
            outputs.put("hiscores", w.hiscores());
            observed.add(w.hiscores());
            best = w.best().entries().isEmpty() ? null : w.hiscores();
        }
        events.info("stage 3/7: combine" + (best != null ? " and score of the best protomodel" : ""));
        var combine = new CombineStage(events).run(new CombineInputs(database, in.profile(), Map.of(), best, 0, null,
                out.resolve("combine")));
        outputs.put("combinability", combine.file());
        if (combine.score() != null) {
            outputs.put("score", combine.score());
        }
        List<Path> fakeWalks = new ArrayList<>();
        if (in.fakes() > 0) {
            events.info("stage 4/7: fakes");
            var fakes = new FakesStage(events).run(new FakesInputs(database, in.fakes(), in.seed(), 1.0, out.resolve("fakes")));
            outputs.put("fakes", fakes.index());
            if (in.fakeWalkers() > 0 && !observed.isEmpty()) {
                events.info("stage 5/7: walk every fake (" + in.fakes() + " x " + in.fakeWalkers() + " walkers x "
                        + in.fakeSteps() + " steps)");
                for (Path fake : fakes.fakes()) {
                    String name = fake.getFileName().toString().replaceFirst("\\.json$", "");
                    // every fake walk its own seed, derived from the pipeline seed and the fake's number
                    long seed = in.seed() * 1_000_003L + fakeWalks.size() + 1;
                    var w = new WalkStage(EventSink.NONE, ScorerEvaluator.source(profile, null)).run(WalkInputs.of(
                            fake, walk, in.fakeWalkers(), in.fakeSteps(), seed, in.threads(),
                            false, out.resolve("fakewalks").resolve(name)));
                    fakeWalks.add(w.hiscores());
                }
                outputs.put("fakewalks", out.resolve("fakewalks"));
            }
        }
        events.info("stage 6/7: pvalues");
        boolean global = !observed.isEmpty() && !fakeWalks.isEmpty();
        var pvalues = new PValuesStage(events).run(new PValuesInputs(database, Map.of(), 1.0, best, 0,
                global ? observed : List.of(), global ? fakeWalks : List.of(), out.resolve("pvalues")));
        outputs.put("pvalues", pvalues.file());
        events.info("stage 7/7: report");
        var report = new ReportStage(events).run(new ReportInputs(out, out.resolve("report")));
        outputs.put("report", report.index());
        return outputs;
    }

    /** Names of the stages the pipeline runs, in order. */
    public static List<String> stages() {
        return new ArrayList<>(List.of(IngestStage.NAME, WalkStage.NAME, CombineStage.NAME, FakesStage.NAME,
                PValuesStage.NAME, ReportStage.NAME));
    }
}

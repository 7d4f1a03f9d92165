package org.protomodels.pipeline;

import java.nio.file.Files;
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
import org.protomodels.ingest.IngestStage;
import org.protomodels.ingest.TreeDigest;
import org.protomodels.io.Json;
import org.protomodels.pvalues.PValuesInputs;
import org.protomodels.pvalues.PValuesStage;
import org.protomodels.report.ReportInputs;
import org.protomodels.report.ReportStage;
import org.protomodels.step.EventSink;
import org.protomodels.step.ToolVersion;
import org.protomodels.walk.ScorerEvaluator;
import org.protomodels.walk.SharedScoring;
import org.protomodels.walk.WalkInputs;
import org.protomodels.walk.WalkSettings;
import org.protomodels.walk.WalkStage;

/**
 * Runs the stages in order, each into its own subfolder of the output, through the same APIs as the CLI, the
 * Maven goals and the workflow: {@code ingest/}, {@code walk/} (the walk on the data), {@code combine/} (the
 * combinability matrix and the score of the best protomodel), {@code fakes/}, {@code fakewalks/fake-NNNN/} (the
 * walk on every fake, for the global p-value), {@code pvalues/} and {@code report/}. Returns the outputs a person
 * looks at, in order (the report last). A rerun into the same folder skips every stage whose inputs, parameters
 * and outputs are unchanged ({@link StageKeys}).
 */
public final class Pipeline {
    private final EventSink events;

    public Pipeline(EventSink events) {
        this.events = events;
    }

    public Map<String, Path> run(PipelineInputs in) {
        Map<String, Path> outputs = new LinkedHashMap<>();
        Path out = in.out();
        StageKeys keys = StageKeys.load(out);
        String tool = ToolVersion.get();
        Profile profile = Profile.resolve(in.profile(), Map.of());
        Map<String, Object> profileMap = profile.toMap();
        WalkSettings walk = WalkSettings.of(profile);

        Path ingestDir = out.resolve("ingest");
        String kIngest = StageKeys.key("ingest", tool, in.toy(), digests(in.smodelsDatabases()), digests(in.hepdata()),
                digest(in.catalogue()), digest(in.crossSections()), digest(in.combinations()), digest(in.hepdataSchemas()));
        if (skip(keys, "ingest", kIngest, ingestDir, IngestStage.NAME, "stage 1/7: ingest")) {
            new IngestStage(events).run(new IngestInputs(in.smodelsDatabases(), in.hepdata(), in.catalogue(),
                    in.crossSections(), in.combinations(), in.hepdataSchemas(), in.toy(), ingestDir));
            keys.record("ingest", kIngest);
        }
        Path database = ingestDir.resolve("database.json");
        outputs.put("database", database);
        String mIngest = StageKeys.manifest(ingestDir, IngestStage.NAME);

        Path best = null;
        List<Path> observed = new ArrayList<>();
        Path walkDir = out.resolve("walk");
        if (in.walkers() > 0) {
            String k = StageKeys.key("walk", tool, profileMap, in.walkers(), in.steps(), in.seed(), mIngest);
            if (skip(keys, "walk", k, walkDir, WalkStage.NAME,
                    "stage 2/7: walk (" + in.walkers() + " walkers x " + in.steps() + " steps)")) {
                new WalkStage(events, ScorerEvaluator.source(profile, null)).run(WalkInputs.of(database, walk,
                        in.walkers(), in.steps(), in.seed(), in.threads(), false, walkDir));
                keys.record("walk", k);
            }
            Path hiscores = walkDir.resolve("hiscores.json");
            outputs.put("hiscores", hiscores);
            observed.add(hiscores);
            best = Json.readTree(hiscores).path("entries").isEmpty() ? null : hiscores;
        }
        String mWalk = StageKeys.manifest(walkDir, WalkStage.NAME);

        Path combineDir = out.resolve("combine");
        String kCombine = StageKeys.key("combine", tool, profileMap, best != null, mIngest, mWalk);
        if (skip(keys, "combine", kCombine, combineDir, CombineStage.NAME,
                "stage 3/7: combine" + (best != null ? " and score of the best protomodel" : ""))) {
            new CombineStage(events).run(new CombineInputs(database, in.profile(), Map.of(), best, 0, null, combineDir));
            keys.record("combine", kCombine);
        }
        outputs.put("combinability", combineDir.resolve("combinability.json"));
        if (best != null) {
            outputs.put("score", combineDir.resolve("score.json"));
        }

        List<Path> fakeWalks = new ArrayList<>();
        List<String> fakeWalkManifests = new ArrayList<>();
        if (in.fakes() > 0) {
            Path fakesDir = out.resolve("fakes");
            String k = StageKeys.key("fakes", tool, in.fakes(), in.seed(), mIngest);
            if (skip(keys, "fakes", k, fakesDir, FakesStage.NAME, "stage 4/7: fakes")) {
                new FakesStage(events).run(new FakesInputs(database, in.fakes(), in.seed(), 1.0, fakesDir));
                keys.record("fakes", k);
            }
            outputs.put("fakes", fakesDir.resolve("fakes.json"));
            String mFakes = StageKeys.manifest(fakesDir, FakesStage.NAME);
            if (in.fakeWalkers() > 0 && !observed.isEmpty()) {
                events.info("stage 5/7: walk every fake (" + in.fakes() + " x " + in.fakeWalkers() + " walkers x "
                        + in.fakeSteps() + " steps)");
                // one read of the original and one triangulation per map for all the fakes
                var evaluators = ScorerEvaluator.source(profile, null, new SharedScoring());
                for (int i = 0; i < in.fakes(); i++) {
                    String name = String.format("fake-%04d", i);
                    Path fake = fakesDir.resolve("fakes").resolve(name + ".json");
                    Path dir = out.resolve("fakewalks").resolve(name);
                    long seed = WalkInputs.seedForFake(in.seed(), i);
                    String kw = StageKeys.key("fakewalk", tool, profileMap, in.fakeWalkers(), in.fakeSteps(), seed, mFakes, i);
                    if (!keys.upToDate("fakewalks/" + name, kw, dir, WalkStage.NAME)) {
                        new WalkStage(EventSink.NONE, evaluators).run(WalkInputs.of(fake, walk,
                                in.fakeWalkers(), in.fakeSteps(), seed, in.threads(), false, dir));
                        keys.record("fakewalks/" + name, kw);
                    }
                    fakeWalks.add(dir.resolve("hiscores.json"));
                    fakeWalkManifests.add(StageKeys.manifest(dir, WalkStage.NAME));
                }
                outputs.put("fakewalks", out.resolve("fakewalks"));
            }
        }

        Path pvaluesDir = out.resolve("pvalues");
        long emptyFakeWalks = fakeWalks.stream().filter(f -> Json.readTree(f).path("entries").isEmpty()).count();
        boolean global = best != null && !fakeWalks.isEmpty() && emptyFakeWalks == 0;
        if (!fakeWalks.isEmpty() && !global) {
            events.warn("no global p-value: " + (best == null ? "the walk on the data found no protomodel"
                    : emptyFakeWalks + " of " + fakeWalks.size() + " walks on the fakes found no protomodel")
                    + " (more walkers or steps)");
        }
        String kPvalues = StageKeys.key("pvalues", tool, best != null, global, mIngest, mWalk, fakeWalkManifests);
        if (skip(keys, "pvalues", kPvalues, pvaluesDir, PValuesStage.NAME, "stage 6/7: pvalues")) {
            new PValuesStage(events).run(new PValuesInputs(database, Map.of(), 1.0, best, 0,
                    global ? observed : List.of(), global ? fakeWalks : List.of(), pvaluesDir));
            keys.record("pvalues", kPvalues);
        }
        outputs.put("pvalues", pvaluesDir.resolve("pvalues.json"));

        Path reportDir = out.resolve("report");
        String kReport = StageKeys.key("report", tool, mIngest, mWalk, StageKeys.manifest(combineDir, CombineStage.NAME),
                StageKeys.manifest(out.resolve("fakes"), FakesStage.NAME), StageKeys.manifest(pvaluesDir, PValuesStage.NAME));
        if (skip(keys, "report", kReport, reportDir, ReportStage.NAME, "stage 7/7: report")) {
            new ReportStage(events).run(new ReportInputs(out, reportDir));
            keys.record("report", kReport);
        }
        outputs.put("report", reportDir.resolve("index.html"));
        return outputs;
    }

    /** True when the stage must run (and says so); false, with a note, when its outputs are up to date. */
    private boolean skip(StageKeys keys, String name, String key, Path folder, String stage, String message) {
        if (keys.upToDate(name, key, folder, stage)) {
            events.info(message + ": up to date, skipped");
            return false;
        }
        events.info(message);
        return true;
    }

    private static List<String> digests(List<Path> paths) {
        List<String> d = new ArrayList<>();
        for (Path p : paths) {
            d.add(digest(p));
        }
        return d;
    }

    private static String digest(Path p) {
        return p == null ? "none" : Files.exists(p) ? TreeDigest.of(p) : "missing:" + p.getFileName();
    }

    /** Names of the stages the pipeline runs, in order. */
    public static List<String> stages() {
        return new ArrayList<>(List.of(IngestStage.NAME, WalkStage.NAME, CombineStage.NAME, FakesStage.NAME,
                PValuesStage.NAME, ReportStage.NAME));
    }
}

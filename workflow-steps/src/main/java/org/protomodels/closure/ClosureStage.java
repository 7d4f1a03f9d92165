package org.protomodels.closure;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.protomodels.combine.Profile;
import org.protomodels.fakes.FakeSettings;
import org.protomodels.fakes.FakesInputs;
import org.protomodels.fakes.FakesStage;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestStage;
import org.protomodels.ingest.ToyDatabase;
import org.protomodels.io.Json;
import org.protomodels.io.Sha256;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.ProtoModelFiles;
import org.protomodels.step.EventSink;
import org.protomodels.step.InvalidInputException;
import org.protomodels.step.OutputException;
import org.protomodels.step.Stage;
import org.protomodels.step.StageOutput;
import org.protomodels.step.StepManifest;
import org.protomodels.walk.ScorerEvaluator;
import org.protomodels.walk.SharedScoring;
import org.protomodels.walk.WalkInputs;
import org.protomodels.walk.WalkSettings;
import org.protomodels.walk.WalkStage;

/**
 * The closure test of spec 10: inject a protomodel into {@code fakes} SM fakes of the database (spec 8.2), walk
 * every fake, and ask of every walker whether its best protomodel holds the injected particles at their masses
 * (within the tolerance, 15 % by default). Writes {@code closure.json} (one entry per walker, the rate, the
 * verdict) beside the fakes and walks it made ({@code fakes/}, {@code walks/fake-NNNN/}).
 */
public final class ClosureStage implements Stage<ClosureInputs, ClosureStage.Result> {
    public static final String NAME = "closure";
    public static final String KIND = "closure";
    public static final String VERSION = "1.0.0";

    /** Where closure.json is, every walker's outcome, the recovery rate and whether it reaches the minimum. */
    public record Result(Path file, List<WalkerOutcome> outcomes, int recovered, double rate, boolean pass) {
    }

    private final EventSink events;

    public ClosureStage(EventSink events) {
        this.events = events;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Result run(ClosureInputs in) {
        Path out = in.out();
        Profile profile = Profile.resolve(in.profile(), Map.of());
        WalkSettings walk = WalkSettings.of(profile);
        Path database = in.database();
        Path inject = in.inject();
        int injectIndex = in.injectIndex();
        ToyDatabase toy = null;
        try {
            if (in.toy()) {
                database = new IngestStage(events).run(new IngestInputs(List.of(), List.of(), null, null, null, null, true,
                        out.resolve("ingest"))).databaseFile();
                toy = ToyDatabase.extract();
                inject = toy.root().resolve("planted.json");
                injectIndex = 0;
            }
            ProtoModel injected = ProtoModelFiles.read(inject, injectIndex);
            Map<Integer, Double> target = new TreeMap<>(injected.masses());
            String injectSha = Sha256.of(inject);
            events.info("closure: injecting " + target + " GeV into " + in.fakes() + " fakes");
            var fakes = new FakesStage(events).run(new FakesInputs(database, in.fakes(), in.seed(), FakeSettings.of(1.0),
                    null, inject, injectIndex, out.resolve("fakes")));
            List<WalkerOutcome> outcomes = new ArrayList<>();
            int f = 0;
            // one read of the original and one triangulation per map for all the fakes
            var evaluators = ScorerEvaluator.source(profile, null, new SharedScoring());
            for (Path fake : fakes.fakes()) {
                String name = String.format("fake-%04d", f);
                long seed = WalkInputs.seedForFake(in.seed(), f);
                events.info("closure: walking " + name + " (" + in.walkers() + " walkers x " + in.steps() + " steps)");
                var w = new WalkStage(EventSink.NONE, evaluators).run(WalkInputs.of(fake, walk,
                        in.walkers(), in.steps(), seed, in.threads(), false, out.resolve("walks").resolve(name)));
                outcomes.addAll(bestPerWalker(f, w.history(), in.walkers(), target, in.massTolerance()));
                f++;
            }
            int recovered = (int) outcomes.stream().filter(WalkerOutcome::found).count();
            double rate = outcomes.isEmpty() ? 0 : (double) recovered / outcomes.size();
            boolean pass = rate >= in.minRecovery();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("kind", KIND);
            doc.put("version", VERSION);
            doc.put("profile", profile.name());
            doc.put("injected", masses(target));
            doc.put("injectedSha256", injectSha);
            doc.put("massTolerance", in.massTolerance());
            doc.put("fakes", in.fakes());
            doc.put("walkers", in.walkers());
            doc.put("steps", in.steps());
            doc.put("seed", in.seed());
            List<Object> rows = new ArrayList<>();
            for (WalkerOutcome o : outcomes) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("fake", o.fake());
                r.put("walker", o.walker());
                r.put("K", o.k());
                r.put("masses", masses(o.masses()));
                r.put("found", o.found());
                rows.add(r);
            }
            doc.put("outcomes", rows);
            doc.put("recovered", recovered);
            doc.put("total", outcomes.size());
            doc.put("rate", rate);
            doc.put("minRecovery", in.minRecovery());
            doc.put("pass", pass);
            try (StageOutput o = new StageOutput(NAME, out.resolve("closure"))) {
                o.writeJson("closure.json", doc);
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("profile", profile.name());
                params.put("fakes", in.fakes());
                params.put("walkers", in.walkers());
                params.put("steps", in.steps());
                params.put("massTolerance", in.massTolerance());
                params.put("minRecovery", in.minRecovery());
                o.commit(params, in.seed(), List.of(new StepManifest.FileDigest("database/" + database.getFileName(),
                        Sha256.of(database)), new StepManifest.FileDigest("inject/" + inject.getFileName(), injectSha)));
            }
            return new Result(out.resolve("closure").resolve("closure.json"), outcomes, recovered, rate, pass);
        } finally {
            if (toy != null) {
                toy.close();
            }
        }
    }

    /** Each walker's best accepted model from a walk's history (the K and masses after an accepted step). */
    static List<WalkerOutcome> bestPerWalker(int fake, Path history, int walkers, Map<Integer, Double> target, double tol) {
        Double[] bestK = new Double[walkers];
        List<Map<Integer, Double>> bestMasses = new ArrayList<>();
        for (int i = 0; i < walkers; i++) {
            bestMasses.add(Map.of());
        }
        try (BufferedReader r = Files.newBufferedReader(history, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                JsonNode e = Json.mapper().readTree(line);
                int w = e.path("walker").asInt(-1);
                if (w < 0 || w >= walkers) {
                    throw new InvalidInputException(history.toString(), ":" + n, "walker " + w + " out of range");
                }
                JsonNode k = e.path("K");
                if (!e.path("accepted").asBoolean() || !k.isNumber()) {
                    continue;
                }
                if (bestK[w] == null || k.asDouble() > bestK[w]) {
                    bestK[w] = k.asDouble();
                    Map<Integer, Double> m = new TreeMap<>();
                    e.path("masses").fields().forEachRemaining(x -> m.put(Integer.parseInt(x.getKey()), x.getValue().asDouble()));
                    bestMasses.set(w, m);
                }
            }
        } catch (IOException ex) {
            throw new OutputException("cannot read " + history + ": " + ex.getMessage(), ex);
        }
        List<WalkerOutcome> list = new ArrayList<>();
        for (int w = 0; w < walkers; w++) {
            list.add(new WalkerOutcome(fake, w, bestK[w], bestMasses.get(w), WalkerOutcome.found(target, bestMasses.get(w), tol)));
        }
        return list;
    }

    private static Map<String, Double> masses(Map<Integer, Double> m) {
        Map<String, Double> s = new TreeMap<>();
        m.forEach((k, v) -> s.put(Integer.toString(k), v));
        return s;
    }
}

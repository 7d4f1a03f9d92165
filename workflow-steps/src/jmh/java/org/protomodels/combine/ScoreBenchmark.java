package org.protomodels.combine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.io.Json;
import org.protomodels.predict.TheoryPrediction;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.ProtoModelJson;

/**
 * Run in one JVM ({@code -f 0}) so the database is read and its maps triangulated once.
 * The combine stage on the full 1.2.4 database (issue 5 targets: the clique under 10 ms, a whole score well under
 * 10 ms): {@code -Dprotomodels.bench.database=<ingested database.json>}.
 * <ul>
 * <li>{@code clique}: PathFinder over every result of the database (549 datasets + combined results) with fixed
 * pseudo-random weights (30 % negative), both modes;</li>
 * <li>{@code combineOnly}: score of the 6-particle model of PredictionBenchmark from its precomputed predictions;</li>
 * <li>{@code predictAndScore}: the same including the predictions (what one walk step costs).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScoreBenchmark {
    @Param({"v2", "paper2020"})
    public String profile;

    private Scorer scorer;
    private ProtoModel model;
    private List<TheoryPrediction> predictions;
    private BinaryAcceptanceMatrix all;
    private double[] weights;
    private PathFinder exact;
    private PathFinder reference;

    /** Shared across benchmarks when run in one JVM ({@code -f 0}): reading and triangulating take minutes. */
    private static Database database;
    private static CombinabilityIndex index;
    private static final java.util.Map<String, Scorer> SCORERS = new java.util.HashMap<>();

    private static synchronized Database database() {
        if (database == null) {
            String file = System.getProperty("protomodels.bench.database");
            if (file == null) {
                throw new IllegalStateException("give -Dprotomodels.bench.database=<ingested database.json>");
            }
            database = DatabaseIO.read(Path.of(file));
            index = CombinabilityIndex.of(database, Combinability.of(database));
        }
        return database;
    }

    @Setup
    public void setUp() {
        Database db = database();
        synchronized (SCORERS) {
            Scorer any = SCORERS.values().stream().findFirst().orElse(null);
            scorer = SCORERS.computeIfAbsent(profile, p -> any == null ? Scorer.of(db, Profile.builtin(p))
                    : any.withProfile(Profile.builtin(p)));
        }
        model = ProtoModelJson.fromTree(Json.mapper().valueToTree(document()), "benchmark model");
        predictions = scorer.predictor().predict(model);
        all = index.all();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261123L);
        weights = new double[index.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rng.nextDouble() < 0.3 ? -rng.nextDouble() : 4 * rng.nextDouble() * rng.nextDouble();
        }
        exact = PathFinder.of(PathFinder.Mode.EXACT);
        reference = PathFinder.of(PathFinder.Mode.PROTOMODELS_V2);
    }

    @Benchmark
    public PathFinder.Combination cliqueExact() {
        return exact.best(all, weights);
    }

    @Benchmark
    public PathFinder.Combination cliqueReference() {
        return reference.best(all, weights);
    }

    @Benchmark
    public Score combineOnly() {
        return scorer.score(model, predictions);
    }

    @Benchmark
    public Score predictAndScore() {
        return scorer.score(model);
    }

    static java.util.Map<String, Object> document() {
        var masses = new java.util.TreeMap<String, Object>();
        var decays = new java.util.ArrayList<Object>();
        var ssm = new java.util.ArrayList<Object>();
        masses.put("1000022", 150.0);
        masses.put("1000006", 800.0);
        masses.put("1000021", 1500.0);
        masses.put("1000005", 900.0);
        masses.put("1000024", 400.0);
        masses.put("1000023", 420.0);
        decays.add(java.util.Map.of("mother", 1000006, "daughters", List.of(1000022, 6), "br", 1.0));
        decays.add(java.util.Map.of("mother", 1000021, "daughters", List.of(1000006, 6), "br", 1.0));
        decays.add(java.util.Map.of("mother", 1000005, "daughters", List.of(1000022, 5), "br", 1.0));
        decays.add(java.util.Map.of("mother", 1000024, "daughters", List.of(1000022, 24), "br", 1.0));
        decays.add(java.util.Map.of("mother", 1000023, "daughters", List.of(1000022, 23), "br", 1.0));
        ssm.add(java.util.Map.of("pdg1", -1000006, "pdg2", 1000006, "value", 1.0));
        ssm.add(java.util.Map.of("pdg1", 1000021, "pdg2", 1000021, "value", 1.0));
        ssm.add(java.util.Map.of("pdg1", -1000005, "pdg2", 1000005, "value", 1.0));
        ssm.add(java.util.Map.of("pdg1", -1000024, "pdg2", 1000024, "value", 1.0));
        ssm.add(java.util.Map.of("pdg1", 1000023, "pdg2", 1000024, "value", 1.0));
        var doc = new java.util.TreeMap<String, Object>();
        doc.put("kind", "protomodel");
        doc.put("version", "1.0.0");
        doc.put("masses", masses);
        doc.put("decays", decays);
        doc.put("signalStrengths", ssm);
        return doc;
    }
}

package org.protomodels.walk;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.protomodels.combine.Profile;
import org.protomodels.combine.Scorer;
import org.protomodels.database.DatabaseIO;
import org.protomodels.predict.model.Decay;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.SignalStrength;

/**
 * Walker steps per second on a whole database (issue target: >= 100 steps/s on one core for the 1.2.4 database
 * with 6-particle protomodels). The database is the ingest output given by {@code -Dprotomodels.bench.database}.
 * A walker starts at a 6-particle model (LSP 150, top partner 800, gluino 1500, bottom partner 900, chargino 400,
 * second neutralino 420 GeV) and is reset to it at every iteration, so the models stay near six particles. One step =
 * freeze of particles outside the best combination, moves, merged candidate, the mu-hat loop (up to 5 scorer
 * calls per candidate in v2) and the decision. {@code evaluate} is one proposal's evaluation alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WalkStepBenchmark {
    @Param({"paper2020", "v2"})
    public String profile;

    private Evaluator evaluator;
    private WalkSettings settings;
    private ProtoModel start;
    private Walker walker;
    private long seed;

    @Setup
    public void setUp() {
        String file = System.getProperty("protomodels.bench.database");
        if (file == null) {
            throw new IllegalStateException("give -Dprotomodels.bench.database=<ingested database.json>");
        }
        Profile p = Profile.builtin(profile);
        settings = WalkSettings.of(p);
        Scorer scorer = Scorer.of(DatabaseIO.read(Path.of(file)), p);
        scorer.predictor().prepareMaps(); // triangulate every map now, not inside the measured steps
        evaluator = ScorerEvaluator.of(scorer, settings);
        start = sixParticles();
    }

    @Setup(Level.Iteration)
    public void resetWalker() {
        walker = Walker.at(0, settings, Walker.SOURCE.create(++seed), start, evaluator.evaluate(start));
    }

    @Benchmark
    public HistoryEntry step() {
        return walker.step(evaluator);
    }

    @Benchmark
    public Evaluation evaluate() {
        return evaluator.evaluate(start);
    }

    static ProtoModel sixParticles() {
        return ProtoModel.of(Map.of(1000022, 150.0, 1000006, 800.0, 1000021, 1500.0, 1000005, 900.0, 1000024, 400.0,
                        1000023, 420.0),
                List.of(new Decay(1000006, List.of(1000022, 6), 1.0), new Decay(1000021, List.of(1000006, 6), 1.0),
                        new Decay(1000005, List.of(1000022, 5), 1.0), new Decay(1000024, List.of(1000022, 24), 1.0),
                        new Decay(1000023, List.of(1000022, 23), 1.0)),
                List.of(new SignalStrength(-1000006, 1000006, 1.0), new SignalStrength(1000021, 1000021, 1.0),
                        new SignalStrength(-1000005, 1000005, 1.0), new SignalStrength(-1000024, 1000024, 1.0),
                        new SignalStrength(1000023, 1000024, 1.0)), null);
    }
}

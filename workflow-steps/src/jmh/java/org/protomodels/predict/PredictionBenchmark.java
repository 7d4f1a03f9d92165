package org.protomodels.predict;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.ProtoModelJson;

/**
 * "Protomodel -> all predictions" on a whole database (issue target: under 5 ms per evaluation on one core for
 * the 1.2.4 database). The database is the ingest output given by {@code -Dprotomodels.bench.database=FILE}
 * (docs/benchmarks.md: ingest the 1.2.4 database first). Maps are interpolated lazily and cached, so the warm-up
 * builds every map the models touch; the measurement is the per-step cost of the walk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PredictionBenchmark {
    /** 3: LSP, top partner, gluino. 6: plus bottom partner, chargino and second neutralino. */
    @Param({"3", "6"})
    public int particles;

    private Predictor predictor;
    private ProtoModel model;

    @Setup
    public void setUp() {
        String file = System.getProperty("protomodels.bench.database");
        if (file == null) {
            throw new IllegalStateException("give -Dprotomodels.bench.database=<ingested database.json>");
        }
        Database db = DatabaseIO.read(Path.of(file));
        predictor = Predictor.of(db, Predictor.Settings.protomodels());
        model = ProtoModelJson.fromTree(Json.mapper().valueToTree(document(particles)), "benchmark model");
    }

    @Benchmark
    public List<TheoryPrediction> predictAll() {
        return predictor.predict(model);
    }

    static java.util.Map<String, Object> document(int n) {
        var masses = new java.util.TreeMap<String, Object>();
        var decays = new java.util.ArrayList<Object>();
        var ssm = new java.util.ArrayList<Object>();
        masses.put("1000022", 150.0);
        masses.put("1000006", 800.0);
        masses.put("1000021", 1500.0);
        decays.add(java.util.Map.of("mother", 1000006, "daughters", List.of(1000022, 6), "br", 1.0));
        decays.add(java.util.Map.of("mother", 1000021, "daughters", List.of(1000006, 6), "br", 1.0));
        ssm.add(java.util.Map.of("pdg1", -1000006, "pdg2", 1000006, "value", 1.0));
        ssm.add(java.util.Map.of("pdg1", 1000021, "pdg2", 1000021, "value", 1.0));
        if (n >= 6) {
            masses.put("1000005", 900.0);
            masses.put("1000024", 400.0);
            masses.put("1000023", 420.0);
            decays.add(java.util.Map.of("mother", 1000005, "daughters", List.of(1000022, 5), "br", 1.0));
            decays.add(java.util.Map.of("mother", 1000024, "daughters", List.of(1000022, 24), "br", 1.0));
            decays.add(java.util.Map.of("mother", 1000023, "daughters", List.of(1000022, 23), "br", 1.0));
            ssm.add(java.util.Map.of("pdg1", -1000005, "pdg2", 1000005, "value", 1.0));
            ssm.add(java.util.Map.of("pdg1", -1000024, "pdg2", 1000024, "value", 1.0));
            ssm.add(java.util.Map.of("pdg1", 1000023, "pdg2", 1000024, "value", 1.0));
        }
        var doc = new java.util.TreeMap<String, Object>();
        doc.put("kind", "protomodel");
        doc.put("version", "1.0.0");
        doc.put("masses", masses);
        doc.put("decays", decays);
        doc.put("signalStrengths", ssm);
        return doc;
    }
}

package org.protomodels.stats;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.protomodels.stats.infer.AsymptoticCalculator;
import org.protomodels.stats.infer.FitSetup;
import org.protomodels.stats.infer.HypotestResult;
import org.protomodels.stats.infer.Mle;
import org.protomodels.stats.infer.UpperLimit;
import org.protomodels.stats.infer.UpperLimitResult;
import org.protomodels.stats.model.Model;

/**
 * Model build (read + schema + patch + compile), fit, full CLs at mu = 1 with the expected band (q~, asymptotics:
 * 2 free + 3 fixed-POI fits) and the upper limit (observed + band); anchors (anchors.md, pyhf numpy): RegionA
 * 0.29 s, 1.41 s, 56 s; simple 2-bin 3.1 ms, 15 ms, 0.68 s; model build 0.1-2.8 s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PyhfInferenceBenchmark {
    private Model model;
    private double[] data;
    private Model.DataLikelihood likelihood;
    private FitSetup setup;

    /** RegionA: anchors.md "ATLAS-SUSY-2018-31 RegionA"; simple2bin: anchors.md "simple 2-bin model". */
    @Param({"RegionA", "simple2bin"})
    public String workspace;

    @Setup
    public void setup() {
        model = PyhfBenchmarkData.model(workspace);
        data = model.observedData(PyhfBenchmarkData.workspace(workspace));
        likelihood = model.likelihood(data);
        setup = FitSetup.suggested(model.config());
    }

    /** Read BkgOnly.json + patch, validate against the pyhf schemas, compile (pyhf: 0.1-2.8 s per model build). */
    @Benchmark
    public Model buildModel() {
        return PyhfBenchmarkData.model(workspace);
    }

    @Benchmark
    public double fit() {
        return Mle.withDefaults().fit(likelihood, setup).twiceNll();
    }

    @Benchmark
    public HypotestResult clsMu1WithBand() {
        return AsymptoticCalculator.of(model, data).hypotest(1.0);
    }

    @Benchmark
    public UpperLimitResult upperLimit() {
        return UpperLimit.compute(AsymptoticCalculator.of(model, data));
    }
}

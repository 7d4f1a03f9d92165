package org.protomodels.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.protomodels.step.UsageException;

/**
 * The whole pipeline's inputs: the ingest sources (or the toy database), the seed, the walk on the data
 * ({@code walkers} x {@code steps}), the number of SM fakes and the walk on each fake ({@code fakeWalkers} x
 * {@code fakeSteps}, for the global p-value), the profile (paper2020, v2, efficient or a YAML file) and the threads.
 */
public record PipelineInputs(List<Path> smodelsDatabases, List<Path> hepdata, Path catalogue, Path crossSections,
                             Path combinations, Path hepdataSchemas, boolean toy, long seed, int fakes, int walkers,
                             int steps, int fakeWalkers, int fakeSteps, String profile, int threads, Path out) {
    /** Defaults of {@code protomodel pipeline}: 4 walkers x 200 steps on the data, 2 x 100 on each fake. */
    public static final int WALKERS = 4;
    public static final int STEPS = 200;
    public static final int FAKE_WALKERS = 2;
    public static final int FAKE_STEPS = 100;

    public PipelineInputs {
        smodelsDatabases = List.copyOf(smodelsDatabases);
        hepdata = List.copyOf(hepdata);
        Objects.requireNonNull(out, "out");
        profile = profile == null ? "v2" : profile;
        if (fakes < 0) {
            throw new UsageException("pipeline: --fakes must be >= 0, got " + fakes);
        }
        if (walkers < 0 || steps < 1 || fakeWalkers < 0 || fakeSteps < 1) {
            throw new UsageException("pipeline: walkers must be >= 0 and steps >= 1, got --walkers " + walkers + " --steps "
                    + steps + " --fake-walkers " + fakeWalkers + " --fake-steps " + fakeSteps);
        }
        if (threads < 1) {
            throw new UsageException("pipeline: --threads must be >= 1, got " + threads);
        }
    }

    /** The earlier pipeline (no walks): ingest, fakes, region p-values, report. */
    public PipelineInputs(List<Path> smodelsDatabases, List<Path> hepdata, Path catalogue, Path crossSections,
                          Path combinations, Path hepdataSchemas, boolean toy, long seed, int fakes, Path out) {
        this(smodelsDatabases, hepdata, catalogue, crossSections, combinations, hepdataSchemas, toy, seed, fakes, WALKERS,
                STEPS, FAKE_WALKERS, FAKE_STEPS, "v2", 1, out);
    }
}

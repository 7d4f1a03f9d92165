package org.protomodels.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The whole pipeline's inputs: the ingest sources (or the toy database), the seed and the number of fakes. */
public record PipelineInputs(List<Path> smodelsDatabases, List<Path> hepdata, Path catalogue, Path crossSections,
                             Path combinations, Path hepdataSchemas, boolean toy, long seed, int fakes, Path out) {
    public PipelineInputs {
        smodelsDatabases = List.copyOf(smodelsDatabases);
        hepdata = List.copyOf(hepdata);
        Objects.requireNonNull(out, "out");
        if (fakes < 0) {
            throw new org.protomodels.step.UsageException("pipeline: --fakes must be >= 0, got " + fakes);
        }
    }
}

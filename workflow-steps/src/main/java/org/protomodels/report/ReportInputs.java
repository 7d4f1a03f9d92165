package org.protomodels.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the report reads. {@code results} is the folder a pipeline wrote (one subfolder per stage: ingest/, fakes/,
 * pvalues/, walk/, ...); everything else is optional (null = look in {@code results}, and omit the section with a
 * "not run" note when absent):
 * {@code protomodel} a protomodel file (project JSON or hiscore dictionary list) with {@code index} the entry to
 * show; {@code score} a score.json of the best protomodel; {@code walk} a walk output folder (hiscores.json,
 * history.jsonl); {@code imageDigest} the container image the stages ran in ("sha256:...").
 */
public record ReportInputs(Path results, Path out, Path protomodel, int index, Path score, Path walk, String imageDigest) {
    public ReportInputs {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(out, "out");
        if (index < 0) {
            throw new org.protomodels.step.UsageException("--index " + index + ": must be >= 0");
        }
        imageDigest = imageDigest == null || imageDigest.isBlank() ? null : imageDigest.strip();
    }

    /** Only the results folder (what the pipeline passes). */
    public ReportInputs(Path results, Path out) {
        this(results, out, null, 0, null, null, null);
    }
}

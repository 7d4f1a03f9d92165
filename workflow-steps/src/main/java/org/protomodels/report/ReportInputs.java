package org.protomodels.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The folder a pipeline wrote (one subfolder per stage: ingest/, fakes/, pvalues/, ...); the report shows what
 * is there and says what is not.
 */
public record ReportInputs(Path results, Path out) {
    public ReportInputs {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(out, "out");
    }
}

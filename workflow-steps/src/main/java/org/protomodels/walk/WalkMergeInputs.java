package org.protomodels.walk;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.protomodels.step.UsageException;

/** What {@code walk-merge} needs: the folders of the partial walks (any order) and the output folder. */
public record WalkMergeInputs(List<Path> parts, Path out) {
    public WalkMergeInputs {
        Objects.requireNonNull(out, "out");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new UsageException("walk-merge: name at least one part folder (written by walk --walker-range)");
        }
    }
}

package org.protomodels.fakes;

import java.nio.file.Path;
import java.util.Objects;

/** What the fakes stage needs: the database, how many fakes, the seed and the fudge factor. */
public record FakesInputs(Path database, int count, long seed, double fudge, Path out) {
    public FakesInputs {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(out, "out");
        if (count < 1) {
            throw new org.protomodels.step.UsageException("fakes: --count must be >= 1, got " + count);
        }
        if (!(fudge > 0) || !Double.isFinite(fudge)) {
            throw new org.protomodels.step.UsageException("fakes: --fudge must be > 0, got " + fudge);
        }
    }
}

package org.protomodels.fakes;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the fakes stage needs: the database, how many fakes, the seed, the sampling settings, the folder the
 * database's pyhf workspace paths are relative to (null: analyses with workspaces are sampled like the others),
 * an optional protomodel to inject (file, index in a hiscore list) and the output folder.
 */
public record FakesInputs(Path database, int count, long seed, FakeSettings settings, Path workspaces, Path inject,
                          int injectIndex, Path out) {
    public FakesInputs {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(settings, "settings");
        if (count < 1) {
            throw new org.protomodels.step.UsageException("fakes: --count must be >= 1, got " + count);
        }
        if (injectIndex < 0) {
            throw new org.protomodels.step.UsageException("fakes: --index must be >= 0, got " + injectIndex);
        }
    }

    /** SM-only fakes with the default settings and fudge {@code fudge}. */
    public FakesInputs(Path database, int count, long seed, double fudge, Path out) {
        this(database, count, seed, settings(fudge), null, null, 0, out);
    }

    private static FakeSettings settings(double fudge) {
        if (!(fudge > 0) || !Double.isFinite(fudge)) {
            throw new org.protomodels.step.UsageException("fakes: --fudge must be > 0, got " + fudge);
        }
        return FakeSettings.of(fudge);
    }
}

package org.protomodels.closure;

import java.nio.file.Path;
import java.util.Objects;
import org.protomodels.step.UsageException;

/**
 * What a closure test needs (spec 10): the database (null with {@code toy}: the embedded toy database and its
 * planted protomodel), the protomodel to inject (file and index), how many signal-injected fakes, the walk on each
 * ({@code walkers} x {@code steps}), the seed, the profile, the relative mass tolerance for "found" (0.15), the
 * recovery rate the test must reach, the threads and the output folder.
 */
public record ClosureInputs(Path database, Path inject, int injectIndex, boolean toy, int fakes, int walkers, int steps,
                            long seed, String profile, double massTolerance, double minRecovery, int threads, Path out) {
    public static final double MASS_TOLERANCE = 0.15;

    public ClosureInputs {
        Objects.requireNonNull(out, "out");
        profile = profile == null ? "v2" : profile;
        if (toy == (database != null)) {
            throw new UsageException("closure: give either --toy or --database with --inject");
        }
        if (!toy && inject == null) {
            throw new UsageException("closure: --database needs --inject PROTOMODEL");
        }
        if (fakes < 1 || walkers < 1 || steps < 1 || threads < 1) {
            throw new UsageException("closure: --fakes, --walkers, --steps and --threads must be >= 1, got " + fakes + ", "
                    + walkers + ", " + steps + ", " + threads);
        }
        if (!(massTolerance > 0 && massTolerance < 1)) {
            throw new UsageException("closure: the mass tolerance must be in (0, 1), got " + massTolerance);
        }
        if (!(minRecovery >= 0 && minRecovery <= 1)) {
            throw new UsageException("closure: --min-recovery must be in [0, 1], got " + minRecovery);
        }
    }
}

package org.protomodels.walk;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.protomodels.step.UsageException;

/**
 * What the walk stage needs: the database (ingest output), the profile's walk settings, N walkers of M steps, the
 * seed, T threads, whether to resume from checkpoints in {@code out}, the checkpoint interval (seconds of wall
 * time; the timing never changes the result) and a stop request (SIGINT/SIGTERM in the CLI, a flag in tests).
 * {@code walkerRange} (null: all walkers) runs only those walkers of the N-walker run: a partial walk, merged
 * with the other parts by {@link WalkMerge}.
 */
public record WalkInputs(Path database, WalkSettings settings, int walkers, int steps, long seed, int threads,
                         boolean resume, Path out, double checkpointSeconds, BooleanSupplier stop,
                         WalkerRange walkerRange) {
    public static final double DEFAULT_CHECKPOINT_SECONDS = 5.0;

    public WalkInputs {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(out, "out");
        stop = stop == null ? () -> false : stop;
        if (walkers < 1) {
            throw new UsageException("walk: --walkers must be >= 1, got " + walkers);
        }
        if (steps < 1) {
            throw new UsageException("walk: --steps must be >= 1, got " + steps);
        }
        if (threads < 1) {
            throw new UsageException("walk: --threads must be >= 1, got " + threads);
        }
        if (!(checkpointSeconds > 0)) {
            throw new UsageException("walk: the checkpoint interval must be > 0 s, got " + checkpointSeconds);
        }
        if (walkerRange != null && walkerRange.to() > walkers) {
            throw new UsageException("walk: --walker-range " + walkerRange + " goes beyond --walkers " + walkers
                    + " (walkers are numbered 0.." + (walkers - 1) + ", TO is exclusive)");
        }
    }

    /** All walkers of the run (no range). */
    public WalkInputs(Path database, WalkSettings settings, int walkers, int steps, long seed, int threads,
                      boolean resume, Path out, double checkpointSeconds, BooleanSupplier stop) {
        this(database, settings, walkers, steps, seed, threads, resume, out, checkpointSeconds, stop, null);
    }

    /** The walkers this run steps: the range, or 0..N-1. */
    public WalkerRange range() {
        return walkerRange != null ? walkerRange : new WalkerRange(0, walkers);
    }

    /** Only walkers {@code r} of the run (null: all): a partial walk. */
    public WalkInputs withWalkerRange(WalkerRange r) {
        return new WalkInputs(database, settings, walkers, steps, seed, threads, resume, out, checkpointSeconds, stop, r);
    }

    /** The usual inputs: checkpoints every 5 s, no stop request. */
    public static WalkInputs of(Path database, WalkSettings settings, int walkers, int steps, long seed, int threads,
                                boolean resume, Path out) {
        return new WalkInputs(database, settings, walkers, steps, seed, threads, resume, out, DEFAULT_CHECKPOINT_SECONDS, null);
    }

    /**
     * The seed of the walk on fake number {@code fake} of a run seeded with {@code seed}: every fake its own walk
     * seed, the same in the pipeline, the closure test and the workflow (walk-fakes.cwl passes the run seed to walk --fakes, which derives it).
     */
    public static long seedForFake(long seed, int fake) {
        return seed * 1_000_003L + fake + 1;
    }

    public WalkInputs withStop(BooleanSupplier s) {
        return new WalkInputs(database, settings, walkers, steps, seed, threads, resume, out, checkpointSeconds, s, walkerRange);
    }

    public WalkInputs withResume(boolean r) {
        return new WalkInputs(database, settings, walkers, steps, seed, threads, r, out, checkpointSeconds, stop, walkerRange);
    }
}

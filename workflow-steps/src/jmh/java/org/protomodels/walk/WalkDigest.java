package org.protomodels.walk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.protomodels.combine.Profile;
import org.protomodels.io.Sha256;
import org.protomodels.step.EventSink;

/**
 * The bit-identity check of speed work on the walk: a fixed walk on a whole database (default 4 walkers x 60 steps,
 * seed 1, one thread, no workspaces) per profile, and the sha256 of its hiscores.json and history.jsonl (history
 * carries every step's K, so equal digests mean equal scores). Run it before and after a change and compare.
 * Usage: {@code java -cp benchmarks.jar org.protomodels.walk.WalkDigest DATABASE.json OUT_DIR [walkers] [steps] [profiles]}.
 */
public final class WalkDigest {
    private WalkDigest() {
    }

    public static void main(String[] args) throws IOException {
        Path db = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int walkers = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int steps = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        String[] profiles = args.length > 4 ? args[4].split(",") : new String[] {"v2", "paper2020"};
        for (String name : profiles) {
            Path dir = out.resolve(name);
            Files.createDirectories(dir);
            long t0 = System.nanoTime();
            var r = new WalkStage(EventSink.NONE, ScorerEvaluator.source(Profile.builtin(name), null))
                    .run(WalkInputs.of(db, WalkSettings.of(Profile.builtin(name)), walkers, steps, 1, 1, false, dir));
            System.out.printf(Locale.ROOT, "%s: %d walkers x %d steps, %.1f s wall%n  hiscores %s%n  history  %s%n", name,
                    walkers, steps, (System.nanoTime() - t0) / 1e9, Sha256.of(r.hiscores()), Sha256.of(r.history()));
        }
    }
}

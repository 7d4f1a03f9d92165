package org.protomodels.closure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.combine.Profile;
import org.protomodels.step.EventSink;
import org.protomodels.walk.ScorerEvaluator;
import org.protomodels.walk.WalkInputs;
import org.protomodels.walk.WalkSettings;
import org.protomodels.walk.WalkStage;

/**
 * The closure test walks its fakes with one shared read of the original and shared triangulations; every walk's
 * files are the bytes of a walk on that fake alone (fresh read, own triangulations), so closure.json is unchanged.
 */
class ClosureStageTest {
    @Test
    void run_toy_walksEqualSeparateWalksOnEachFake(@TempDir Path dir) throws Exception {
        ClosureInputs in = new ClosureInputs(null, null, 0, true, 2, 3, 20, 4L, "paper2020", ClosureInputs.MASS_TOLERANCE,
                0.0, 2, dir.resolve("c"));
        var r = new ClosureStage(EventSink.NONE).run(in);
        assertEquals(2 * 3, r.outcomes().size(), "one outcome per fake and walker");
        Profile profile = Profile.resolve("paper2020", Map.of());
        for (int f = 0; f < 2; f++) {
            String name = String.format("fake-%04d", f);
            Path fake = dir.resolve("c/fakes/fakes").resolve(name + ".json");
            Path alone = dir.resolve("alone").resolve(name);
            new WalkStage(EventSink.NONE, ScorerEvaluator.source(profile, null)).run(WalkInputs.of(fake,
                    WalkSettings.of(profile), 3, 20, WalkInputs.seedForFake(4L, f), 1, false, alone));
            for (String file : List.of("hiscores.json", "history.jsonl", "walk.manifest.json")) {
                assertArrayEquals(Files.readAllBytes(alone.resolve(file)),
                        Files.readAllBytes(dir.resolve("c/walks").resolve(name).resolve(file)), name + " " + file);
            }
        }
    }
}

package org.protomodels.walk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.combine.Profile;
import org.protomodels.fakes.FakesInputs;
import org.protomodels.fakes.FakesStage;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestStage;
import org.protomodels.ingest.ToyDatabase;
import org.protomodels.step.EventSink;
import org.protomodels.step.UsageException;

/**
 * Walks on the fakes of the toy database in one process (one read of the original, shared triangulations) give
 * every fake's folder the bytes of a separate walk on that fake's file, for both profiles; resume skips them.
 */
class FakeWalksTest {
    private static ToyDatabase toy;
    private static Path fakesIndex;
    private static List<Path> fakeFiles;

    @TempDir
    static Path dir;

    @BeforeAll
    static void fakes() {
        toy = ToyDatabase.extract();
        Path db = new IngestStage(EventSink.NONE).run(new IngestInputs(List.of(), List.of(), null, null, null, null, true,
                dir.resolve("ingest"))).databaseFile();
        var r = new FakesStage(EventSink.NONE).run(new FakesInputs(db, 3, 9L, 1.0, dir.resolve("fakes")));
        fakesIndex = dir.resolve("fakes/fakes.json");
        fakeFiles = r.fakes();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        toy.close();
    }

    /** Every file under {@code root} (relative path -> bytes). */
    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    static WalkInputs template(WalkSettings s, Path out, boolean resume) {
        return new WalkInputs(null, s, 3, 25, 4L, 2, resume, out, WalkInputs.DEFAULT_CHECKPOINT_SECONDS, null);
    }

    @Test
    void run_everyFake_sameBytesAsSeparateWalks_bothProfiles() throws IOException {
        for (String name : List.of("paper2020", "v2")) {
            Profile profile = Profile.resolve(name, Map.of());
            WalkSettings s = WalkSettings.of(profile);
            Path together = dir.resolve(name + "-together");
            var r = new FakeWalks(EventSink.NONE, profile, null).run(fakesIndex, null, template(s, together, false));
            assertEquals(3, r.walks().size());
            for (int i = 0; i < 3; i++) {
                Path alone = dir.resolve(name + "-alone-" + i);
                // a separate process's view: its own database read, its own triangulations
                new WalkStage(EventSink.NONE, ScorerEvaluator.source(profile, null)).run(WalkInputs.of(fakeFiles.get(i), s, 3,
                        25, WalkInputs.seedForFake(4L, i), 2, false, alone));
                Path mine = together.resolve(String.format("fake-%04d", i));
                assertEquals(mine, r.walks().get(i));
                Map<String, byte[]> a = files(alone);
                Map<String, byte[]> b = files(mine);
                assertEquals(a.keySet(), b.keySet(), name + " fake " + i + ": the same files");
                assertTrue(a.containsKey("hiscores.json") && a.containsKey("history.jsonl") && a.containsKey("walk.manifest.json"));
                for (String f : a.keySet()) {
                    assertArrayEquals(a.get(f), b.get(f), name + " fake " + i + ": " + f + " byte for byte");
                }
                assertEquals(3 * 25, Files.readAllLines(mine.resolve("history.jsonl")).size());
            }
            assertTrue(!java.util.Arrays.equals(Files.readAllBytes(together.resolve("fake-0000/history.jsonl")),
                    Files.readAllBytes(together.resolve("fake-0001/history.jsonl"))), "each fake its own walk");
        }
    }

    @Test
    void run_rangeAndResume_skipsFinishedFakes() throws IOException {
        Profile profile = Profile.resolve("paper2020", Map.of());
        WalkSettings s = WalkSettings.of(profile);
        Path out = dir.resolve("range");
        var first = new FakeWalks(EventSink.NONE, profile, null).run(fakesIndex, FakeWalks.Range.parse("1:3"), template(s, out, false));
        assertEquals(List.of(out.resolve("fake-0001"), out.resolve("fake-0002")), first.walks());
        assertEquals(0, first.alreadyComplete());
        assertTrue(Files.notExists(out.resolve("fake-0000")), "outside the range: not walked");
        Map<String, byte[]> before = files(out);
        var again = new FakeWalks(EventSink.NONE, profile, null).run(fakesIndex, null, template(s, out, true));
        assertEquals(3, again.walks().size());
        assertEquals(2, again.alreadyComplete(), "fakes 1 and 2 were finished; only fake 0 is walked");
        Map<String, byte[]> after = files(out);
        for (var e : before.entrySet()) {
            assertArrayEquals(e.getValue(), after.get(e.getKey()), e.getKey() + " untouched by the resume");
        }
        assertTrue(Files.isRegularFile(out.resolve("fake-0000/hiscores.json")));
    }

    @Test
    void run_walkerRangeOrDatabase_refused() {
        WalkSettings s = WalkSettings.load("paper2020");
        Profile profile = Profile.resolve("paper2020", Map.of());
        WalkInputs ranged = template(s, dir.resolve("x"), false).withWalkerRange(new WalkerRange(0, 2));
        UsageException e = assertThrows(UsageException.class,
                () -> new FakeWalks(EventSink.NONE, profile, null).run(fakesIndex, null, ranged));
        assertTrue(e.getMessage().contains("--walker-range"), e.getMessage());
        assertThrows(UsageException.class, () -> new FakeWalks(EventSink.NONE, profile, null).run(fakesIndex,
                FakeWalks.Range.parse("5:9"), template(s, dir.resolve("y"), false)), "a range without fakes");
        assertThrows(UsageException.class, () -> FakeWalks.Range.parse("3:1"));
        assertThrows(UsageException.class, () -> FakeWalks.Range.parse("a:b"));
    }

    @Test
    void run_fakeChangedSinceTheIndex_refusedNamingIndexAndField() throws IOException {
        Path copy = dir.resolve("changed");
        Files.createDirectories(copy.resolve("fakes"));
        Files.copy(fakesIndex, copy.resolve("fakes.json"));
        for (int i = 0; i < 3; i++) {
            Path f = fakeFiles.get(i);
            Files.copy(f, copy.resolve("fakes").resolve(f.getFileName()));
        }
        Path second = copy.resolve("fakes/fake-0001.json");
        Files.writeString(second, Files.readString(second) + "\n");
        Profile profile = Profile.resolve("paper2020", Map.of());
        var e = assertThrows(org.protomodels.step.InvalidInputException.class, () -> new FakeWalks(EventSink.NONE, profile,
                null).run(copy.resolve("fakes.json"), FakeWalks.Range.parse("1:2"), template(WalkSettings.of(profile),
                dir.resolve("changed-out"), false)));
        assertTrue(e.getMessage().contains("fakes.json") && e.getMessage().contains("/fakes/1/sha256"), e.getMessage());
    }
}

package org.protomodels.walk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.protomodels.combine.Profile;
import org.protomodels.fakes.FakesIndex;
import org.protomodels.io.Sha256;
import org.protomodels.step.EventSink;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;
import org.protomodels.step.UsageException;

/**
 * The walks on the fakes of one database in one process (issue 7): the original is read once and every map
 * triangulated once ({@link SharedScoring}); each fake is its overlay on the kept original and is walked in turn into
 * {@code <out>/fake-NNNN/} (NNNN: the fake's index in fakes.json) with walk seed
 * {@link WalkInputs#seedForFake}(seed, NNNN), as the pipeline and the closure test walk them. Every fake's folder
 * holds the bytes a separate {@code walk --database fake-NNNN.json} with that seed gives. With resume, finished
 * fakes are skipped and an interrupted one continues from its checkpoints.
 */
public final class FakeWalks {
    /** The fakes walked (or found complete), their folders in index order, and how many were already complete. */
    public record Result(List<Path> walks, int alreadyComplete) {
    }

    /** Fakes FROM..TO-1 by their index in fakes.json (TO exclusive). */
    public record Range(int from, int to) {
        public Range {
            if (from < 0 || to <= from) {
                throw new UsageException("walk: --fake-range must be FROM:TO with 0 <= FROM < TO, got " + from + ":" + to);
            }
        }

        public static Range parse(String text) {
            String[] p = text.split(":", -1);
            try {
                if (p.length == 2) {
                    return new Range(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException("walk: --fake-range must be FROM:TO with integers (TO exclusive), got '" + text + "'");
        }

        boolean contains(int i) {
            return i >= from && i < to;
        }
    }

    private final EventSink events;
    private final Profile profile;
    private final Path workspaces;
    private final SharedScoring shared = new SharedScoring();

    public FakeWalks(EventSink events, Profile profile, Path workspaces) {
        this.events = events;
        this.profile = profile;
        this.workspaces = workspaces;
    }

    /**
     * Walks the fakes of {@code fakesIndex} (all, or those in {@code range}) with the settings of {@code walk}, whose
     * database must be null (each fake is the database of its walk) and whose out is the parent of the fake folders.
     */
    public Result run(Path fakesIndex, Range range, WalkInputs walk) {
        if (walk.walkerRange() != null) {
            throw new UsageException("walk: --walker-range cannot be combined with --fakes (split the fakes with --fake-range)");
        }
        if (walk.database() != null) {
            throw new UsageException("walk: give either --database or --fakes");
        }
        if (!Files.isRegularFile(fakesIndex)) {
            throw new InputMissingException("--fakes " + fakesIndex + ": no such file");
        }
        FakesIndex index = FakesIndex.read(fakesIndex);
        Path base = fakesIndex.toAbsolutePath().getParent();
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < index.fakes().size(); i++) {
            if (range == null || range.contains(index.fakes().get(i).index())) {
                chosen.add(i);
            }
        }
        if (chosen.isEmpty()) {
            throw new UsageException("walk: " + (range == null ? "no fakes" : "--fake-range " + range.from() + ":"
                    + range.to() + " holds none of the " + index.fakes().size() + " fakes") + " in " + fakesIndex);
        }
        WalkStage stage = new WalkStage(events, ScorerEvaluator.source(profile, workspaces, shared));
        List<Path> walks = new ArrayList<>();
        int complete = 0;
        long start = System.nanoTime();
        int n = 0;
        for (int i : chosen) {
            FakesIndex.Entry e = index.fakes().get(i);
            Path fake = base.resolve(e.file()).normalize();
            String pointer = "/fakes/" + i;
            if (!Files.isRegularFile(fake)) {
                throw new InputMissingException(fakesIndex + "#" + pointer + "/file: " + e.file() + ": no such file");
            }
            if (!Sha256.of(fake).equals(e.sha256())) {
                throw new InvalidInputException(fakesIndex.toString(), pointer + "/sha256", e.file()
                        + " has changed since the index was written");
            }
            String name = String.format(Locale.ROOT, "fake-%04d", e.index());
            Path dir = walk.out().resolve(name);
            n++;
            events.info(String.format(Locale.ROOT, "walk: %s (%d of %d), seed %d", name, n, chosen.size(),
                    WalkInputs.seedForFake(walk.seed(), e.index())));
            WalkStage.Result r = stage.run(new WalkInputs(fake, walk.settings(), walk.walkers(), walk.steps(),
                    WalkInputs.seedForFake(walk.seed(), e.index()), walk.threads(), walk.resume(), dir,
                    walk.checkpointSeconds(), walk.stop()));
            if (r.alreadyComplete()) {
                complete++;
            }
            walks.add(dir);
            double secs = (System.nanoTime() - start) / 1e9;
            events.info(String.format(Locale.ROOT, "walk: %s done; %d of %d fakes in %.0f s (%d grids triangulated)",
                    name, n, chosen.size(), secs, shared.triangulations().size()));
        }
        return new Result(List.copyOf(walks), complete);
    }
}

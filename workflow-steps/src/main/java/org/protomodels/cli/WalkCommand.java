package org.protomodels.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.protomodels.combine.Profile;
import org.protomodels.step.UsageException;
import org.protomodels.walk.FakeWalks;
import org.protomodels.walk.ScorerEvaluator;
import org.protomodels.walk.WalkInputs;
import org.protomodels.walk.WalkSettings;
import org.protomodels.walk.WalkStage;
import org.protomodels.walk.WalkerRange;
import org.protomodels.step.Parameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel walk}: the builder's random walk over protomodels, many walkers in parallel, resumable. */
@Command(name = "walk", mixinStandardHelpOptions = true,
        description = {"Random walks over protomodels (N walkers of M steps) maximising the test statistic K.",
                "Writes hiscores.json (top 10 by K), history.jsonl (one line per walker and step) and one checkpoint",
                "per walker (checkpoints/). SIGINT/SIGTERM write the checkpoints and exit 75; --resume continues",
                "to the same bytes an uninterrupted run gives. Results do not depend on --threads.",
                "With --fakes, walks every fake of a 'protomodel fakes' run in one process (the original database",
                "read once, every map triangulated once) into <out>/fake-NNNN/, fake NNNN with seed",
                "S x 1000003 + NNNN + 1 (as the pipeline does): the bytes of a separate walk --database on that fake."})
final class WalkCommand implements Callable<Integer> {
    @Mixin
    StageOptions stage;

    @ParentCommand
    ProtomodelCommand root;

    @Option(names = "--database", paramLabel = "FILE", description = "database.json from ingest (or one fake of it).")
    Path database;

    @Option(names = "--fakes", paramLabel = "FILE",
            description = "fakes.json from 'protomodel fakes': walk every fake (instead of --database).")
    Path fakes;

    @Option(names = "--fake-range", paramLabel = "FROM:TO",
            description = "With --fakes: only the fakes with index FROM..TO-1 (TO exclusive).")
    String fakeRange;

    @Option(names = "--walkers", paramLabel = "N", description = "Number of walkers (default 10).")
    Integer walkers;

    @Option(names = "--steps", paramLabel = "M", description = "Steps per walker (default 1000).")
    Integer steps;

    @Option(names = "--seed", paramLabel = "S", description = "Seed; walker i uses jump i of its stream (default 1).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default 1); never changes the result.")
    Integer threads;

    @Option(names = "--profile", paramLabel = "NAME", description = "paper2020, v2 (default) or a profile .yaml file.")
    String profile;

    @Option(names = "--workspaces", paramLabel = "DIR",
            description = "Folder the database's pyhf workspace paths are relative to (default: none, region by region).")
    Path workspaces;

    @Option(names = "--resume", description = "Continue from the checkpoints in --out (exit at once if complete).")
    boolean resume;

    @Option(names = "--walker-range", paramLabel = "FROM:TO",
            description = {"Run only walkers FROM..TO-1 of the N-walker run (a part; TO exclusive). Each walker's",
                    "history is the full run's; join the parts with 'protomodel walk-merge'."})
    String walkerRange;

    @Override
    public Integer call() {
        Parameters p = Parameters.resolve("walk", Map.of("walkers", 10, "steps", 1000, "seed", 1L, "threads", 1,
                "profile", "v2", "checkpointSeconds", WalkInputs.DEFAULT_CHECKPOINT_SECONDS, "walkerRange", ""),
                stage.params, stage.param);
        Profile scoring = Profile.resolve(profile != null ? profile : p.getString("profile"), Map.of());
        WalkSettings settings = WalkSettings.of(scoring);
        if ((database == null) == (fakes == null)) {
            throw new UsageException("walk: give either --database FILE or --fakes FILE");
        }
        if (fakeRange != null && fakes == null) {
            throw new UsageException("walk: --fake-range needs --fakes");
        }
        AtomicBoolean stop = new AtomicBoolean();
        WalkInputs in = new WalkInputs(database, settings, walkers != null ? walkers : p.getInt("walkers"),
                steps != null ? steps : p.getInt("steps"), seed != null ? seed : p.getLong("seed"),
                threads != null ? threads : p.getInt("threads"), resume, stage.out, p.getDouble("checkpointSeconds"), stop::get);
        String range = walkerRange != null ? walkerRange : p.getString("walkerRange");
        if (!range.isBlank()) {
            if (fakes != null) {
                throw new UsageException("walk: --walker-range cannot be combined with --fakes (split the fakes with --fake-range)");
            }
            in = in.withWalkerRange(WalkerRange.parse(range));
        }
        FakeWalks.Range fr = fakeRange == null ? null : FakeWalks.Range.parse(fakeRange);
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode());
             Signals signals = Signals.onInterrupt(() -> stop.set(true))) {
            if (fakes != null) {
                var r = new FakeWalks(sink, scoring, workspaces).run(fakes, fr, in);
                root.out().println("walks: " + r.walks().size() + " fakes in " + stage.out
                        + (r.alreadyComplete() > 0 ? " (" + r.alreadyComplete() + " already complete)" : ""));
                return 0;
            }
            var r = new WalkStage(sink, ScorerEvaluator.source(scoring, workspaces)).run(in);
            root.out().println("hiscores: " + r.hiscores());
            root.out().println("history: " + r.history());
            return 0;
        }
    }
}

package org.protomodels.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.protomodels.combine.Profile;
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
                "to the same bytes an uninterrupted run gives. Results do not depend on --threads."})
final class WalkCommand implements Callable<Integer> {
    @Mixin
    StageOptions stage;

    @ParentCommand
    ProtomodelCommand root;

    @Option(names = "--database", required = true, paramLabel = "FILE", description = "database.json from ingest.")
    Path database;

    @Option(names = "--walkers", paramLabel = "N", description = "Number of walkers (default 10).")
    Integer walkers;

    @Option(names = "--steps", paramLabel = "M", description = "Steps per walker (default 1000).")
    Integer steps;

    @Option(names = "--seed", paramLabel = "S", description = "Seed; walker i uses jump i of its stream (default 1).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default 1); never changes the result.")
    Integer threads;

    @Option(names = "--profile", paramLabel = "NAME", description = "paper2020, v2 (default), efficient (ours: v2 scoring, a faster walk) or a profile .yaml file.")
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
        AtomicBoolean stop = new AtomicBoolean();
        WalkInputs in = new WalkInputs(database, settings, walkers != null ? walkers : p.getInt("walkers"),
                steps != null ? steps : p.getInt("steps"), seed != null ? seed : p.getLong("seed"),
                threads != null ? threads : p.getInt("threads"), resume, stage.out, p.getDouble("checkpointSeconds"), stop::get);
        String range = walkerRange != null ? walkerRange : p.getString("walkerRange");
        if (!range.isBlank()) {
            in = in.withWalkerRange(WalkerRange.parse(range));
        }
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode());
             Signals signals = Signals.onInterrupt(() -> stop.set(true))) {
            var r = new WalkStage(sink, ScorerEvaluator.source(scoring, workspaces)).run(in);
            root.out().println("hiscores: " + r.hiscores());
            root.out().println("history: " + r.history());
            return 0;
        }
    }
}

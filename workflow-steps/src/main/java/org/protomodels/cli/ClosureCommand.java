package org.protomodels.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.protomodels.closure.ClosureInputs;
import org.protomodels.closure.ClosureStage;
import org.protomodels.closure.WalkerOutcome;
import org.protomodels.step.Parameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel closure}: inject a protomodel into fakes, walk them, and count the walkers that find it. */
@Command(name = "closure", mixinStandardHelpOptions = true,
        description = {"Closure test (spec 10): inject a protomodel into N SM fakes, walk every fake with W walkers of M",
                "steps, and report for each walker whether its best protomodel holds the injected particles at their",
                "masses (within 15 %%). The last line is the recovery rate; exit 1 if it is below --min-recovery.",
                "--toy uses the embedded toy database and its planted protomodel."})
final class ClosureCommand implements Callable<Integer> {
    @Mixin
    StageOptions stage;

    @ParentCommand
    ProtomodelCommand root;

    @Option(names = "--database", paramLabel = "FILE", description = "database.json from ingest (with --inject).")
    Path database;

    @Option(names = "--inject", paramLabel = "FILE", description = "Protomodel to inject (project JSON, hiscores.json or a hiscore dictionary).")
    Path inject;

    @Option(names = "--index", paramLabel = "N", defaultValue = "0", description = "Which model of a list (default 0).")
    int index;

    @Option(names = "--toy", description = "The embedded toy database and its planted protomodel.")
    boolean toy;

    @Option(names = "--fakes", paramLabel = "N", description = "Signal-injected fakes (default 2).")
    Integer fakes;

    @Option(names = "--walkers", paramLabel = "W", description = "Walkers per fake (default 5).")
    Integer walkers;

    @Option(names = "--steps", paramLabel = "M", description = "Steps per walker (default 300).")
    Integer steps;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default 1).")
    Long seed;

    @Option(names = "--profile", paramLabel = "NAME", description = "paper2020, v2 (default), efficient (ours: v2 scoring, a faster walk) or a profile .yaml file.")
    String profile;

    @Option(names = "--mass-tolerance", paramLabel = "F", description = "Relative mass tolerance for 'found' (default 0.15).")
    Double massTolerance;

    @Option(names = "--min-recovery", paramLabel = "F", description = "Required fraction of walkers that find the injected particles (default 0.9).")
    Double minRecovery;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads of the walks (default 1); never changes the result.")
    Integer threads;

    @Override
    public Integer call() {
        Parameters p = Parameters.resolve("closure", Map.of("fakes", 2, "walkers", 5, "steps", 300, "seed", 1L, "profile", "v2",
                "massTolerance", ClosureInputs.MASS_TOLERANCE, "minRecovery", 0.9, "threads", 1), stage.params, stage.param);
        ClosureInputs in = new ClosureInputs(database, inject, index, toy, fakes != null ? fakes : p.getInt("fakes"),
                walkers != null ? walkers : p.getInt("walkers"), steps != null ? steps : p.getInt("steps"),
                seed != null ? seed : p.getLong("seed"), profile != null ? profile : p.getString("profile"),
                massTolerance != null ? massTolerance : p.getDouble("massTolerance"),
                minRecovery != null ? minRecovery : p.getDouble("minRecovery"), threads != null ? threads : p.getInt("threads"),
                stage.out);
        ClosureStage.Result r;
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode())) {
            r = new ClosureStage(sink).run(in);
        }
        for (WalkerOutcome o : r.outcomes()) {
            root.out().printf(Locale.ROOT, "fake %d walker %d: K %s, masses %s GeV: %s%n", o.fake(), o.walker(),
                    o.k() == null ? "n/a" : String.format(Locale.ROOT, "%.2f", o.k()), rounded(o.masses()),
                    o.found() ? "found" : "not found");
        }
        root.out().println("closure: " + r.file());
        root.out().printf(Locale.ROOT, "recovery: %d of %d walkers = %.3f (minimum %.3f): %s%n", r.recovered(),
                r.outcomes().size(), r.rate(), in.minRecovery(), r.pass() ? "pass" : "FAIL");
        return r.pass() ? 0 : 1;
    }

    private static String rounded(Map<Integer, Double> m) {
        StringBuilder b = new StringBuilder("{");
        new java.util.TreeMap<>(m).forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append(": ").append(Math.round(v)));
        return b.append('}').toString();
    }
}

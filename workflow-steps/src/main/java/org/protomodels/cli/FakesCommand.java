package org.protomodels.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.protomodels.fakes.FakeSettings;
import org.protomodels.fakes.FakesInputs;
import org.protomodels.fakes.FakesStage;
import org.protomodels.step.Parameters;
import org.protomodels.step.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel fakes}: Standard-Model-only fake databases sampled from the background models. */
@Command(name = "fakes", mixinStandardHelpOptions = true,
        description = {"Sample N Standard-Model-only fake databases from every result's background model.",
                "Each fake is stored as the observed values that differ from the original (fakes/fake-NNNN.json)",
                "and is read by every stage in place of a database. With --inject, a protomodel's predicted signal is added."})
final class FakesCommand implements Callable<Integer> {
    @Mixin
    StageOptions stage;

    @ParentCommand
    ProtomodelCommand root;

    @Option(names = "--database", required = true, paramLabel = "FILE", description = "database.json from ingest.")
    Path database;

    @Option(names = "--count", paramLabel = "N", description = "Number of fakes (default: 10, or the 'count' parameter).")
    Integer count;

    @Option(names = "--seed", paramLabel = "S", description = "Seed; fake i uses jump i of its stream (default 1).")
    Long seed;

    @Option(names = "--fudge", paramLabel = "F", description = "Scale every background uncertainty by F (default 1).")
    Double fudge;

    @Option(names = "--workspaces", paramLabel = "DIR",
            description = "Folder the database's pyhf workspace paths are relative to: those analyses are sampled from their background-only model.")
    Path workspaces;

    @Option(names = "--inject", paramLabel = "FILE",
            description = "Add this protomodel's predicted signal (project JSON or a hiscore dictionary file).")
    Path inject;

    @Option(names = "--index", paramLabel = "N", defaultValue = "0", description = "Which model of a hiscore list (default 0).")
    int index;

    @Option(names = "--max-mass-distance", paramLabel = "GEV",
            description = "Upper-limit map points within this distance of the signal's masses are raised (default 400).")
    Double maxMassDistance;

    @Option(names = "--fixed-backgrounds", description = "No background fluctuation: n = b, x = 0 (technical closure test).")
    boolean fixedBackgrounds;

    @Option(names = "--fixed-signals", description = "Add the expected signal yield instead of a Poisson draw.")
    boolean fixedSignals;

    @Override
    public Integer call() {
        Parameters p = Parameters.resolve("fakes", Map.of("count", 10, "seed", 1L, "fudge", 1.0,
                "maxMassDistance", FakeSettings.DEFAULT_MAX_MASS_DISTANCE), stage.params, stage.param);
        FakeSettings settings;
        try {
            settings = new FakeSettings(fudge != null ? fudge : p.getDouble("fudge"), fixedBackgrounds, fixedSignals,
                    maxMassDistance != null ? maxMassDistance : p.getDouble("maxMassDistance"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("fakes: " + e.getMessage());
        }
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode())) {
            var r = new FakesStage(sink).run(new FakesInputs(database, count != null ? count : p.getInt("count"),
                    seed != null ? seed : p.getLong("seed"), settings, workspaces, inject, index, stage.out));
            root.out().println("fakes: " + r.index());
            return 0;
        }
    }
}

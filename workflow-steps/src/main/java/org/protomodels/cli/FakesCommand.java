package org.protomodels.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.protomodels.fakes.FakesInputs;
import org.protomodels.fakes.FakesStage;
import org.protomodels.step.Parameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel fakes}: Standard-Model-only fake databases sampled from the background models. */
@Command(name = "fakes", mixinStandardHelpOptions = true,
        description = {"Sample N Standard-Model-only fake databases from every result's background model.",
                "Each fake is stored as the observed values that differ from the original (fakes/fake-NNNN.json)",
                "and is read by every stage in place of a database."})
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

    @Override
    public Integer call() {
        Parameters p = Parameters.resolve("fakes", Map.of("count", 10, "seed", 1L, "fudge", 1.0), stage.params, stage.param);
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode())) {
            var r = new FakesStage(sink).run(new FakesInputs(database, count != null ? count : p.getInt("count"),
                    seed != null ? seed : p.getLong("seed"), fudge != null ? fudge : p.getDouble("fudge"), stage.out));
            root.out().println("fakes: " + r.index());
            return 0;
        }
    }
}

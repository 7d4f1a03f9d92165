package org.protomodels.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.protomodels.pipeline.Pipeline;
import org.protomodels.pipeline.PipelineInputs;
import org.protomodels.step.Parameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel pipeline}: every stage in order, one subfolder each, ending with the report. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Run the stages in order (ingest, walk, combine, fakes, a walk on every fake, pvalues, report) into",
                "one subfolder each. With --toy it runs on the embedded synthetic toy database, offline."})
final class PipelineCommand implements Callable<Integer> {
    @Mixin
    StageOptions stage;

    @ParentCommand
    ProtomodelCommand root;

    @Mixin
    SourceOptions sources;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of every random stage (default 1).")
    Long seed;

    @Option(names = "--fakes", paramLabel = "N", description = "Number of SM fake databases (default 20).")
    Integer fakes;

    @Option(names = "--walkers", paramLabel = "N", description = "Walkers on the data (default 4; 0 skips the walks).")
    Integer walkers;

    @Option(names = "--steps", paramLabel = "M", description = "Steps of every walker on the data (default 200).")
    Integer steps;

    @Option(names = "--fake-walkers", paramLabel = "N", description = "Walkers on every fake, for the global p-value (default 2).")
    Integer fakeWalkers;

    @Option(names = "--fake-steps", paramLabel = "M", description = "Steps of every walker on a fake (default 100).")
    Integer fakeSteps;

    @Option(names = "--profile", paramLabel = "NAME", description = "paper2020, v2 (default), efficient (ours: v2 scoring, a faster walk) or a profile .yaml file.")
    String profile;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads of the walks (default 1); never changes the result.")
    Integer threads;

    @Override
    public Integer call() {
        Parameters p = Parameters.resolve("pipeline", Map.of("seed", 1L, "fakes", 20, "walkers", PipelineInputs.WALKERS,
                "steps", PipelineInputs.STEPS, "fakeWalkers", PipelineInputs.FAKE_WALKERS, "fakeSteps", PipelineInputs.FAKE_STEPS,
                "profile", "v2", "threads", 1), stage.params, stage.param);
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode())) {
            var outputs = new Pipeline(sink).run(new PipelineInputs(sources.smodelsDb, sources.hepdata, sources.catalogue,
                    sources.xsec, sources.combinations, sources.hepdataSchemas, sources.toy,
                    seed != null ? seed : p.getLong("seed"), fakes != null ? fakes : p.getInt("fakes"),
                    walkers != null ? walkers : p.getInt("walkers"), steps != null ? steps : p.getInt("steps"),
                    fakeWalkers != null ? fakeWalkers : p.getInt("fakeWalkers"), fakeSteps != null ? fakeSteps : p.getInt("fakeSteps"),
                    profile != null ? profile : p.getString("profile"), threads != null ? threads : p.getInt("threads"), stage.out));
            outputs.forEach((k, v) -> root.out().println(k + ": " + v));
            return 0;
        }
    }
}

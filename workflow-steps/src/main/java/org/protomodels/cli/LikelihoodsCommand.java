package org.protomodels.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.protomodels.likelihoods.LikelihoodsInputs;
import org.protomodels.likelihoods.LikelihoodsStage;
import org.protomodels.step.Parameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel likelihoods}: the statistical model of every analysis, with recomputed limits as a check. */
@Command(name = "likelihoods", mixinStandardHelpOptions = true,
        description = {"Per analysis: the statistical model (truncated-gaussian, poisson-gauss, slv1, slv2, pyhf);",
                "per signal region the 95% CL limits on the visible cross section recomputed from the counts beside",
                "the published ones; per pyhf workspace the model and a background-only fit. Writes likelihoods.json."})
final class LikelihoodsCommand implements Callable<Integer> {
    @Mixin
    StageOptions stage;

    @ParentCommand
    ProtomodelCommand root;

    @Option(names = "--database", required = true, paramLabel = "FILE", description = "database.json from ingest.")
    Path database;

    @Option(names = "--workspaces", paramLabel = "DIR",
            description = "Folder the database's workspace paths are relative to (default: workspaces not checked).")
    Path workspaces;

    @Option(names = "--pyhf-schemas", paramLabel = "DIR",
            description = "Official pyhf schemas (folder holding 1.0.0/); default: $PROTOMODELS_PYHF_SCHEMAS, else structural checks only.")
    Path pyhfSchemas;

    @Override
    public Integer call() {
        // no tunable parameters yet; resolving still rejects unknown --param keys
        Parameters.resolve("likelihoods", Map.of(), stage.params, stage.param);
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode())) {
            var r = new LikelihoodsStage(sink).run(new LikelihoodsInputs(database, workspaces, pyhfSchemas, stage.out));
            root.out().println("likelihoods: " + r.file());
            return 0;
        }
    }
}

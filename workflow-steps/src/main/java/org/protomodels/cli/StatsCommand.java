package org.protomodels.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.protomodels.io.CanonicalJson;
import org.protomodels.likelihoods.PyhfSchemaLocator;
import org.protomodels.likelihoods.StatsModel;
import org.protomodels.likelihoods.StatsModelReader;
import org.protomodels.likelihoods.StatsResult;
import org.protomodels.likelihoods.StatsWorkbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel stats}: evaluate one statistical model and print the numbers as one JSON object. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Evaluate one statistical model (docs/schemas/1.0.0/stats-model.json): profiled nll at each mu,",
                "mu-hat, sigma_mu, the minimum nll, CLs at each mu and the 95% CL upper limits on mu.",
                "Prints one JSON object (docs/schemas/1.0.0/stats-result.json) on stdout; writes no files."})
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    ProtomodelCommand root;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "The stats-model JSON document.")
    Path model;

    @Option(names = "--mu", split = ",", paramLabel = "MU", defaultValue = "0,1",
            description = "Signal strengths to evaluate nll and CLs at (default: 0,1).")
    double[] mus;

    @Option(names = "--allow-negative", description = "Let mu-hat be negative (SModelS-type models).")
    boolean allowNegative;

    @Option(names = "--marginalise", description = "Marginalised instead of profiled nuisance (one-region poisson-gauss).")
    boolean marginalise;

    @Option(names = "--pyhf-schemas", paramLabel = "DIR",
            description = "Official pyhf schemas (folder holding 1.0.0/); default: $PROTOMODELS_PYHF_SCHEMAS, else structural checks only.")
    Path pyhfSchemas;

    @Override
    public Integer call() {
        PyhfSchemaLocator.Located schemas = PyhfSchemaLocator.locate(pyhfSchemas);
        StatsModel m = StatsModelReader.of(schemas.schemas()).read(model);
        if (m instanceof StatsModel.Pyhf && !schemas.official()) {
            root.err().println("stats: " + schemas.describe());
        }
        StatsResult r = StatsWorkbench.of(allowNegative, marginalise).evaluate(m, mus);
        root.out().print(new String(CanonicalJson.toBytes(r), StandardCharsets.UTF_8));
        root.out().flush();
        return 0;
    }
}

package org.protomodels.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.protomodels.pvalues.PValuesInputs;
import org.protomodels.pvalues.PValuesStage;
import org.protomodels.step.Parameters;
import org.protomodels.step.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel pvalues}: p-values of every signal region and their distribution. */
@Command(name = "pvalues", mixinStandardHelpOptions = true,
        description = {"The p-value of every signal region under the SM, their distribution over the database",
                "(flat if the data follow the SM) for the whole database and named subsets, with plots;",
                "with --observed-hiscores and --fake-hiscores the global p-value of the observed best K."})
final class PValuesCommand implements Callable<Integer> {
    @Mixin
    StageOptions stage;

    @ParentCommand
    ProtomodelCommand root;

    @Option(names = "--database", paramLabel = "FILE",
            description = "database.json (or a fake of it): p-values of every signal region.")
    Path database;

    @Option(names = "--subset", paramLabel = "NAME=RULE",
            description = {"A named subset of analyses for the meta-statistics. Repeatable. RULE: REGEX or id:REGEX on",
                    "the analysis id, or tx:REGEX on its txNames, e.g. ewk=tx:(TChi|TSlep|TSmu|TSel|TStau).*"})
    Map<String, String> subsets = new LinkedHashMap<>();

    @Option(names = "--observed-hiscores", paramLabel = "PATH", arity = "1..*",
            description = "hiscores.json of the real-data walk(s), or walk folders: the observed best K (mean over runs).")
    List<Path> observedHiscores = new ArrayList<>();

    @Option(names = "--fake-hiscores", paramLabel = "PATH", arity = "1..*",
            description = "hiscores.json of the fakes' walks, walk folders, or a folder of walk folders (one per fake).")
    List<Path> fakeHiscores = new ArrayList<>();

    @Option(names = "--protomodel", paramLabel = "FILE",
            description = "Also the p-values under this protomodel (project JSON or a hiscore dictionary file).")
    Path protomodel;

    @Option(names = "--index", paramLabel = "N", defaultValue = "0", description = "Which model of a hiscore list (default 0).")
    int index;

    @Option(names = "--error-scale", paramLabel = "F", description = "Multiply every background uncertainty by F (default 1).")
    Double errorScale;

    @Override
    public Integer call() {
        Parameters p = Parameters.resolve("pvalues", Map.of("errorScale", 1.0), stage.params, stage.param);
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode())) {
            var r = new PValuesStage(sink).run(new PValuesInputs(database, subsets,
                    errorScale != null ? errorScale : p.getDouble("errorScale"), protomodel, index, observedHiscores,
                    fakeHiscores, stage.out));
            root.out().println("pvalues: " + r.file());
            var g = r.report().global();
            if (g != null) {
                root.out().println(String.format(java.util.Locale.ROOT,
                        "global p-value: K_obs = %.4f, %d fakes, empirical %.4f +- %.4f, KDE %.4f +- %.4f, Z = %.3f",
                        g.observedK(), g.fakes().size(), g.empirical(), g.empiricalError(), g.kde(), g.kdeError(), g.z()));
            }
            for (String plot : r.report().plots()) {
                root.out().println("plot: " + stage.out.resolve(plot));
            }
            return 0;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}

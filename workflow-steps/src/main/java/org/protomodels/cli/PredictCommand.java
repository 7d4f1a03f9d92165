package org.protomodels.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.io.CanonicalJson;
import org.protomodels.predict.Predictor;
import org.protomodels.predict.TheoryPrediction;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.ProtoModelFiles;
import org.protomodels.step.InputMissingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel predict}: a protomodel's theory predictions for every analysis of a database. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"The theory predictions of one protomodel: per analysis and dataset the predicted cross",
                "section (fb), signal yields, r_obs and r_exp, and the topologies that contributed."})
final class PredictCommand implements Callable<Integer> {
    @ParentCommand
    ProtomodelCommand root;

    @Option(names = "--protomodel", required = true, paramLabel = "FILE",
            description = "A protomodel: the project's JSON (kind protomodel) or a reference hiscore dictionary file.")
    Path protomodel;

    @Option(names = "--index", paramLabel = "N", defaultValue = "0", description = "Which model of a hiscore list (default 0).")
    int index;

    @Option(names = "--database", required = true, paramLabel = "FILE", description = "database.json from ingest.")
    Path database;

    @Option(names = "--json", description = "Print one JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(protomodel)) {
            throw new InputMissingException("--protomodel " + protomodel + ": no such file");
        }
        if (!Files.isRegularFile(database)) {
            throw new InputMissingException("--database " + database + ": no such file");
        }
        ProtoModel model = ProtoModelFiles.read(protomodel, index);
        Database db = DatabaseIO.read(database);
        List<TheoryPrediction> predictions = Predictor.predict(model, db);
        if (json) {
            root.out().print(new String(CanonicalJson.toBytes(predictions), java.nio.charset.StandardCharsets.UTF_8));
            return 0;
        }
        root.out().printf(Locale.ROOT, "%-28s %-22s %-10s %12s %10s %10s %8s %8s%n", "analysis", "dataset", "type",
                "sigma [fb]", "UL [fb]", "yield", "r_obs", "r_exp");
        for (TheoryPrediction p : predictions) {
            root.out().printf(Locale.ROOT, "%-28s %-22s %-10s %12.4g %10s %10s %8s %8s%n", p.analysisId(), p.datasetId(),
                    p.dataType().label(), p.sigmaFb(), fmt(p.upperLimitFb()), fmt(p.signalYield()), fmt(p.rObs()), fmt(p.rExp()));
        }
        if (predictions.isEmpty()) {
            root.out().println("(no prediction: no topology of this protomodel matches a result of the database)");
        }
        return 0;
    }

    private static String fmt(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3g", v);
    }
}

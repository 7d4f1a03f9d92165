package org.protomodels.combine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.protomodels.database.Analysis;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.io.Sha256;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.ProtoModelFiles;
import org.protomodels.step.EventSink;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.Stage;
import org.protomodels.step.StageOutput;
import org.protomodels.step.StepManifest;

/**
 * The combine stage: which analyses of a database may be combined (spec 5.1), as a symmetric matrix with the
 * rule that decided each entry ({@code combinability.json}), plus a warning listing the analyses the combination
 * lists name but the database does not hold.
 */
public final class CombineStage implements Stage<CombineInputs, CombineStage.Result> {
    public static final String NAME = "combine";
    public static final String KIND = "combinability";
    public static final String VERSION = "1.0.0";

    /** Where the matrix (and the score, if a protomodel was given) were written, and the unknown analyses. */
    public record Result(Path file, Path score, Set<String> unknownAnalyses) {
    }

    private final EventSink events;

    public CombineStage(EventSink events) {
        this.events = events;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Result run(CombineInputs in) {
        if (!Files.isRegularFile(in.database())) {
            throw new InputMissingException("--database " + in.database() + ": no such file");
        }
        Profile profile = Profile.resolve(in.profile(), in.overrides());
        Database db = DatabaseIO.read(in.database());
        String sha = Sha256.of(in.database());
        Combinability c = Combinability.of(db);
        Set<String> unknown = c.unknownAnalyses();
        List<String> warnings = new ArrayList<>();
        if (!unknown.isEmpty()) {
            String w = "the combination lists name " + unknown.size() + " analyses the database does not hold: "
                    + String.join(", ", unknown);
            warnings.add(w);
            events.warn(w);
        }
        List<String> ids = new ArrayList<>();
        for (Analysis a : db.analyses()) {
            ids.add(a.id());
        }
        List<List<Map<String, Object>>> matrix = new ArrayList<>();
        int pairs = 0;
        for (int i = 0; i < ids.size(); i++) {
            List<Map<String, Object>> row = new ArrayList<>();
            for (int j = 0; j < ids.size(); j++) {
                Combinability.Verdict v = c.analyses(ids.get(i), ids.get(j));
                if (v.combinable() && j > i) {
                    pairs++;
                }
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("combinable", v.combinable());
                e.put("reason", v.reason());
                row.add(e);
            }
            matrix.add(row);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", KIND);
        doc.put("version", VERSION);
        doc.put("profile", profile.name());
        doc.put("database", in.database().getFileName().toString());
        doc.put("databaseSha256", sha);
        doc.put("analyses", ids);
        doc.put("matrix", matrix);
        doc.put("unknownAnalyses", new ArrayList<>(unknown));
        doc.put("warnings", warnings);
        Score score = null;
        List<StepManifest.FileDigest> inputs = new ArrayList<>();
        inputs.add(new StepManifest.FileDigest("database/" + in.database().getFileName(), sha));
        if (in.protomodel() != null) {
            ProtoModel model = ProtoModelFiles.read(in.protomodel(), in.protomodelIndex());
            score = Scorer.of(db, profile, in.workspaces()).withCurves(true).score(model);
            inputs.add(new StepManifest.FileDigest("protomodel/" + in.protomodel().getFileName(), Sha256.of(in.protomodel())));
        }
        try (StageOutput out = new StageOutput(NAME, in.out())) {
            out.writeJson("combinability.json", doc);
            if (score != null) {
                out.writeJson("score.json", ScoreDocument.of(score));
            }
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("profile", profile.toMap());
            if (in.protomodel() != null) {
                params.put("protomodelIndex", in.protomodelIndex());
            }
            out.commit(params, null, inputs);
        }
        if (score != null) {
            events.info(String.format(java.util.Locale.ROOT, "score of %s: K = %.4g, Z = %.4g, critics %s",
                    in.protomodel().getFileName(), score.k(), score.z(), score.criticsPass() ? "pass" : "fail"));
        }
        events.info("combinability of " + ids.size() + " analyses: " + pairs + " combinable pairs");
        return new Result(in.out().resolve("combinability.json"), score == null ? null : in.out().resolve("score.json"), unknown);
    }
}

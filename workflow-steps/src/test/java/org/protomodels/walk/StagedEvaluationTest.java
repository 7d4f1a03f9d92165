package org.protomodels.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.combine.Profile;
import org.protomodels.combine.Score;
import org.protomodels.combine.Scorer;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestStage;
import org.protomodels.ingest.ToyDatabase;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.step.EventSink;

/**
 * The staged evaluation (first stage for the mu-hat loop, critics only on the kept model) gives exactly the
 * evaluations of the plain one, on the models a walk on the toy database proposes.
 */
class StagedEvaluationTest {
    @TempDir
    static Path shared;
    static Database db;
    static ToyDatabase toy;

    @BeforeAll
    static void ingestToy() {
        Path out = shared.resolve("ingest");
        new IngestStage(EventSink.NONE).run(new IngestInputs(List.of(), List.of(), null, null, null, null, true, out));
        db = DatabaseIO.read(out.resolve("database.json"));
        toy = ToyDatabase.extract();
    }

    @AfterAll
    static void cleanup() {
        if (toy != null) {
            toy.close();
        }
    }

    /** Every model a 3-walker walk of 25 steps evaluates (proposals, merged candidates, mu-hat rescalings). */
    static List<ProtoModel> walkModels(Scorer scorer, WalkSettings s) {
        List<ProtoModel> seen = new ArrayList<>();
        Evaluator raw = ScorerEvaluator.raw(scorer);
        Evaluator recording = m -> {
            seen.add(m);
            return raw.evaluate(m);
        };
        Evaluator loop = MuHatFit.of(recording, s);
        for (int w = 0; w < 3; w++) {
            Walker walker = Walker.start(w, s, Walker.SOURCE.create(100L + w));
            for (int i = 0; i < 25; i++) {
                walker.step(loop);
            }
        }
        return seen;
    }

    /** The evaluation from the complete score, as the walk's evaluator made it before it was staged. */
    static Evaluation fromScore(Score s) {
        return s.defined() ? new Evaluation(true, s.k(), s.tl(), s.z(), s.muHat(), s.criticsPass(),
                s.particlesInCombination(), s.explanation(), null) : Evaluation.undefined(s.explanation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2", "paper2020"})
    void staged_walkModels_equalToPlainEvaluations(String profile) {
        Profile p = Profile.builtin(profile);
        WalkSettings s = WalkSettings.of(p);
        Scorer scorer = Scorer.of(db, p, toy.root());
        List<ProtoModel> models = walkModels(scorer, s);
        assertTrue(models.size() >= 75, "models evaluated: " + models.size());
        Evaluator staged = ScorerEvaluator.of(scorer, s);
        Evaluator plainRaw = m -> fromScore(scorer.score(m));
        Evaluator plain = MuHatFit.of(plainRaw, s); // a lambda: its first stage is the whole evaluation
        int defined = 0;
        for (ProtoModel m : models) {
            Score full = scorer.score(m);
            Scorer.Figures f = scorer.figures(m);
            assertEquals(full.defined(), f.defined(), m.toString());
            assertEquals(Double.doubleToLongBits(full.muHat()), Double.doubleToLongBits(f.muHat()), m.toString());
            assertEquals(full, f.score(true), "the staged score completed with its upper limit is the score");
            assertEquals(fromScore(full), ScorerEvaluator.raw(scorer).evaluate(m), m.toString());
            Evaluation a = plain.evaluate(m);
            Evaluation b = staged.evaluate(m);
            assertEquals(a, b, "mu-hat loop, plain vs staged, for " + m);
            defined += a.defined() ? 1 : 0;
        }
        assertTrue(defined > 0, "some evaluations are defined");
    }
}

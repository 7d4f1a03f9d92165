package org.protomodels.walk;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.protomodels.io.CanonicalJson;
import org.protomodels.io.Json;
import org.protomodels.io.SchemaValidator;
import org.protomodels.predict.model.InvalidModelException;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.step.InvalidInputException;

/**
 * A walker's complete state ({@code checkpoints/walker-NNNN.json}, schema walk-checkpoint 1.0.0): what the run was
 * (profile, seed, walkers, target steps, database sha256), the steps done, the random stream's saved state
 * (commons-rng {@code saveState()}, base64), the current model and its evaluation (null while K is undefined),
 * the history lines so far and the walker's best models. Written atomically; a walker restored from it continues
 * exactly as if never stopped.
 */
public record WalkCheckpoint(String kind, String version, String profile, long seed, int walkers, int steps,
                             int walker, int step, String databaseSha256, String rng, ProtoModel current,
                             State evaluation, List<HistoryEntry> history, List<HiscoreEntry> hiscores) {
    public static final String KIND = "walk-checkpoint";
    public static final String VERSION = "1.0.0";
    private static final SchemaValidator SCHEMAS = SchemaValidator.own();

    public WalkCheckpoint {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(rng, "rng");
        history = List.copyOf(history);
        hiscores = List.copyOf(hiscores);
    }

    /** The figures of a defined evaluation (non-finite numbers as null). */
    public record State(@JsonProperty("K") double k, @JsonProperty("TL") Double tl, @JsonProperty("Z") Double z,
                        Double muhat, boolean criticsPass, List<Integer> particlesInCombination, String explanation) {
        static State of(Evaluation e) {
            return new State(e.k(), finite(e.tl()), finite(e.z()), finite(e.muHat()), e.criticsPass(),
                    List.copyOf(e.particlesInCombination()), e.explanation());
        }

        Evaluation toEvaluation(ProtoModel model) {
            return new Evaluation(true, k, nan(tl), nan(z), nan(muhat), criticsPass,
                    new java.util.TreeSet<>(particlesInCombination), explanation, model);
        }

        private static Double finite(double v) {
            return Double.isFinite(v) ? v : null;
        }

        private static double nan(Double v) {
            return v == null ? Double.NaN : v;
        }
    }

    public static void write(Path file, WalkCheckpoint c) {
        CanonicalJson.write(file, c);
    }

    /** Reads a checkpoint: schema first, then the model rules; faults name the file and JSON pointer. */
    public static WalkCheckpoint read(Path file) {
        JsonNode doc = Json.readTree(file);
        SCHEMAS.validateOwn(doc, file.toString());
        try {
            return Json.mapper().treeToValue(doc, WalkCheckpoint.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Throwable c = e.getCause();
            if (c instanceof InvalidModelException m) {
                throw new InvalidInputException(file.toString(), m.pointer(), m.getMessage(), e);
            }
            throw new InvalidInputException(file.toString(), "", e.getOriginalMessage(), e);
        }
    }
}

package org.protomodels.database;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.protomodels.io.CanonicalJson;
import org.protomodels.io.Json;
import org.protomodels.io.SchemaValidator;
import org.protomodels.step.InvalidInputException;

/** Reads and writes {@code database.json}: schema first, then the records' own semantic checks. */
public final class DatabaseIO {
    private DatabaseIO() {
    }

    public static void write(Path file, Database database) {
        CanonicalJson.writeData(file, database);
    }

    /**
     * Reads and validates a database file; faults name the file and the JSON pointer. An observation overlay
     * (a fake database) is materialised on its original, whose sha256 must match.
     */
    public static Database read(Path file) {
        JsonNode tree = Json.readTree(file);
        SchemaValidator.own().validateOwn(tree, file.toString());
        if (ObservationOverlay.KIND.equals(tree.get("kind").asText())) {
            ObservationOverlay overlay = Json.treeToValue(tree, ObservationOverlay.class, file.toString());
            Path base = file.toAbsolutePath().getParent().resolve(overlay.original()).normalize();
            String sha = org.protomodels.io.Sha256.of(base);
            if (!sha.equals(overlay.originalSha256())) {
                throw new InvalidInputException(file.toString(), "/originalSha256", "the original database "
                        + overlay.original() + " has sha256 " + sha + ", not the one this overlay was made from");
            }
            Object label = overlay.provenance().getOrDefault("kind", "overlay");
            Object index = overlay.provenance().get("index");
            return overlay.applyTo(read(base), label + (index == null ? "" : String.valueOf(index)));
        }
        return Json.treeToValue(tree, Database.class, file.toString());
    }

    public static void write(Path file, ObservationOverlay overlay) {
        CanonicalJson.write(file, overlay);
    }
}

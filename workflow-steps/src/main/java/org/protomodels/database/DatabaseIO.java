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
        return read(file, Original::of);
    }

    /** A database file already read, with its sha256. */
    record Original(String sha256, Database database) {
        static Original of(Path file) {
            return new Original(org.protomodels.io.Sha256.of(file), read(file));
        }
    }

    /** As {@link #read(Path)}, the original of an overlay from {@code originals} (e.g. read once, kept). */
    static Database read(Path file, java.util.function.Function<Path, Original> originals) {
        // the schema checks the structure on a skeleton (bulky numeric arrays cut to 2 elements); the records'
        // constructors then check every number while binding from the stream
        JsonNode tree = Json.readSkeleton(file, BULKY, 2);
        SchemaValidator.own().validateOwn(tree, file.toString());
        if (ObservationOverlay.KIND.equals(tree.get("kind").asText())) {
            ObservationOverlay overlay = Json.treeToValue(tree, ObservationOverlay.class, file.toString());
            Path base = file.toAbsolutePath().getParent().resolve(overlay.original()).normalize();
            Original o = originals.apply(base);
            String sha = o.sha256();
            if (!sha.equals(overlay.originalSha256())) {
                throw new InvalidInputException(file.toString(), "/originalSha256", "the original database "
                        + overlay.original() + " has sha256 " + sha + ", not the one this overlay was made from");
            }
            Object label = overlay.provenance().getOrDefault("kind", "overlay");
            Object index = overlay.provenance().get("index");
            return overlay.applyTo(o.database(), label + (index == null ? "" : String.valueOf(index)));
        }
        return Json.readValue(file, Database.class);
    }

    /** Arrays whose elements are numbers or rows of numbers, the bulk of a database. */
    private static final java.util.Set<String> BULKY = java.util.Set.of("points", "values", "matrix", "masses", "sigmaFb",
            "relativeUncertainty");

    public static void write(Path file, ObservationOverlay overlay) {
        CanonicalJson.write(file, overlay);
    }
}

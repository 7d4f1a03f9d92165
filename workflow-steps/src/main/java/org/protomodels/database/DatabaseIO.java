package org.protomodels.database;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.protomodels.io.CanonicalJson;
import org.protomodels.io.Json;
import org.protomodels.io.SchemaValidator;

/** Reads and writes {@code database.json}: schema first, then the records' own semantic checks. */
public final class DatabaseIO {
    private DatabaseIO() {
    }

    public static void write(Path file, Database database) {
        CanonicalJson.writeData(file, database);
    }

    /** Reads and validates a database file; faults name the file and the JSON pointer. */
    public static Database read(Path file) {
        JsonNode tree = Json.readTree(file);
        SchemaValidator.own().validateOwn(tree, file.toString());
        return Json.treeToValue(tree, Database.class, file.toString());
    }
}

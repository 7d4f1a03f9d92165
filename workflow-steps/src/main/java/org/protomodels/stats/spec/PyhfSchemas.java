package org.protomodels.stats.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Objects;
import org.protomodels.io.SchemaValidator;

/**
 * The official pyhf JSON schemas, read from a folder given by the caller (they are not bundled in the jar).
 * The folder holds {@code 1.0.0/workspace.json}, {@code defs.json}, ... as published under the pyhf $id prefix.
 */
public final class PyhfSchemas {
    /** $id prefix of the pyhf schemas. */
    public static final String PREFIX = "https://scikit-hep.org/pyhf/schemas/";
    public static final String VERSION = "1.0.0";

    private final SchemaValidator validator;

    private PyhfSchemas(SchemaValidator validator) {
        this.validator = validator;
    }

    /** Schemas from {@code folder} (the folder that contains {@code 1.0.0/}). */
    public static PyhfSchemas fromFolder(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new PyhfSchemas(SchemaValidator.builder().mapFolder(PREFIX, folder).build());
    }

    static String id(String kind) {
        return PREFIX + VERSION + "/" + kind + ".json";
    }

    /** Throws InvalidInputException naming the file and the first offending JSON pointer. */
    void validate(String kind, JsonNode doc, String file) {
        validator.validate(id(kind), doc, file);
    }
}

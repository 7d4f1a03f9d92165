package org.protomodels.stats.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.flipkart.zjsonpatch.JsonPatchApplicationException;
import java.nio.file.Path;
import org.protomodels.io.Json;
import org.protomodels.step.InvalidInputException;

/** An RFC 6902 JSON Patch (a list of operations), validated against pyhf's {@code jsonpatch.json} schema. */
public final class JsonPatch {
    private final JsonNode operations;

    private JsonPatch(JsonNode operations) {
        this.operations = operations.deepCopy();
    }

    public static JsonPatch read(Path file, PyhfSchemas schemas) {
        JsonNode tree = Json.readTree(file);
        schemas.validate("jsonpatch", tree, file.toString());
        return new JsonPatch(tree);
    }

    static JsonPatch of(JsonNode operations) {
        return new JsonPatch(operations);
    }

    /** Number of operations. */
    public int size() {
        return operations.size();
    }

    /** The patched copy of {@code doc}; a failing operation names the patch file and the operation. */
    JsonNode applyTo(JsonNode doc, String patchFile) {
        try {
            return com.flipkart.zjsonpatch.JsonPatch.apply(operations, doc);
        } catch (JsonPatchApplicationException e) {
            throw new InvalidInputException(patchFile, "", "patch does not apply: " + e.getMessage(), e);
        }
    }
}

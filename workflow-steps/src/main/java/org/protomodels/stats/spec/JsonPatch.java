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
            // find the first operation that fails, to point at it
            JsonNode current = doc;
            for (int i = 0; i < operations.size(); i++) {
                try {
                    current = com.flipkart.zjsonpatch.JsonPatch.apply(
                            Json.mapper().createArrayNode().add(operations.get(i)), current);
                } catch (JsonPatchApplicationException single) {
                    throw new InvalidInputException(patchFile, "/" + i, "operation " + operations.get(i).path("op")
                            .asText() + " " + operations.get(i).path("path").asText() + " does not apply: "
                            + single.getMessage(), single);
                }
            }
            throw new InvalidInputException(patchFile, "", "patch does not apply: " + e.getMessage(), e);
        }
    }
}

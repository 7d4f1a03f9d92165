package org.protomodels.likelihoods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.protomodels.io.Json;

/**
 * A "bsm_placeholder" sample carrying the parameter of interest as a normfactor: a background-only workspace
 * needs one for its model to be built (the likelihoods stage with unit yields, the fakes with zero yields).
 */
public final class PlaceholderSample {
    private PlaceholderSample() {
    }

    /**
     * Appends the placeholder, with {@code yield} in every bin of the channel's first sample, to {@code samples};
     * returns false (and adds nothing) when the channel has no sample with bin data.
     */
    public static boolean append(JsonNode samples, String poi, double yield) {
        if (!samples.isArray() || samples.isEmpty() || !samples.get(0).path("data").isArray()) {
            return false;
        }
        ObjectNode bsm = Json.mapper().createObjectNode();
        bsm.put("name", "bsm_placeholder");
        ArrayNode data = bsm.putArray("data");
        for (int k = 0; k < samples.get(0).get("data").size(); k++) {
            data.add(yield);
        }
        ObjectNode mod = bsm.putArray("modifiers").addObject();
        mod.put("name", poi);
        mod.put("type", "normfactor");
        mod.putNull("data");
        ((ArrayNode) samples).add(bsm);
        return true;
    }
}

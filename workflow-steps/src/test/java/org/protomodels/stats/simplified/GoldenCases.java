package org.protomodels.stats.simplified;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protomodels.testing.SharedData;

/** Reads the golden reference files (shared/golden, see its README) at test time. */
final class GoldenCases {
    private GoldenCases() {
    }

    static JsonNode read(String name) {
        Path p = SharedData.require("golden/" + name);
        try {
            return new ObjectMapper().readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> cases(String name) {
        List<JsonNode> out = new ArrayList<>();
        read(name).get("cases").forEach(out::add);
        return out;
    }

    static double[] vector(JsonNode n) {
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = n.get(i).asDouble();
        }
        return v;
    }

    static double[][] matrix(JsonNode n) {
        double[][] m = new double[n.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(n.get(i));
        }
        return m;
    }

    /** The model of a golden SModelS case (single or multi SR). */
    static ModelInput model(JsonNode input) {
        if (input.has("nobs")) {
            double err = input.get("bkgerr").asDouble();
            return new ModelInput("golden:" + input.get("id").asText(), List.of(),
                    new double[] {input.get("nobs").asDouble()}, new double[] {input.get("bkg").asDouble()},
                    new double[][] {{err * err}}, null, new double[] {input.get("nsig").asDouble()},
                    input.get("deltas_rel").asDouble());
        }
        JsonNode m3 = input.get("third_moment");
        return new ModelInput("golden:" + input.get("id").asText(), List.of(), vector(input.get("observed")),
                vector(input.get("backgrounds")), matrix(input.get("covariance")),
                m3 == null || m3.isNull() ? null : vector(m3), vector(input.get("nsignal")),
                input.get("deltas_rel").asDouble());
    }

    static boolean has(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull();
    }
}

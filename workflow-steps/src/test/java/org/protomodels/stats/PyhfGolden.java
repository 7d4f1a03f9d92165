package org.protomodels.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protomodels.io.Json;
import org.protomodels.stats.model.Model;
import org.protomodels.stats.spec.PatchSet;
import org.protomodels.stats.spec.PyhfSchemas;
import org.protomodels.stats.spec.Workspace;
import org.protomodels.stats.spec.WorkspaceReader;
import org.protomodels.testing.SharedData;

/** Test support: the golden pyhf cases (shared/golden) and the models they describe, built from shared/data. */
public final class PyhfGolden {
    private PyhfGolden() {
    }

    /** One golden case: its id, the compiled model, the data, and the stored outputs. */
    public record Case(String id, Model model, double[] data, JsonNode output, JsonNode input) {
        @Override
        public String toString() {
            return id;
        }
    }

    public static PyhfSchemas schemas() {
        return PyhfSchemas.fromFolder(SharedData.require("schemas/pyhf"));
    }

    public static JsonNode golden(String file) {
        return Json.readTree(SharedData.require("golden/" + file));
    }

    /** The shared path of a golden input path written as {@code shared/...}. */
    static Path shared(String goldenPath) {
        return SharedData.require(goldenPath.substring("shared/".length()));
    }

    /** Every case of pyhf_workspaces.json. */
    public static List<Case> workspaces() {
        List<Case> out = new ArrayList<>();
        WorkspaceReader reader = WorkspaceReader.of(schemas());
        for (JsonNode c : golden("pyhf_workspaces.json").get("cases")) {
            JsonNode in = c.get("input");
            Path ws = shared(in.get("workspace_file").asText());
            Workspace w;
            if (!in.get("jsonpatch_file").isNull()) {
                w = reader.read(ws, shared(in.get("jsonpatch_file").asText()));
            } else if (!in.get("patchset_file").isNull()) {
                PatchSet ps = PatchSet.read(shared(in.get("patchset_file").asText()), schemas());
                w = reader.read(ws, ps, in.get("patch_name").asText());
            } else {
                w = reader.read(ws);
            }
            Model m = Model.of(w, in.get("measurement").asText(),
                    org.protomodels.stats.model.ModifierSettings.workspaceDefaults(), ws.toString());
            out.add(new Case(c.get("id").asText(), m, m.observedData(w), c.get("output"), in));
        }
        return out;
    }

    /** Every case of pyhf_simplemodels.json (spec stored inline; measurement with POI mu, default settings). */
    public static List<Case> simpleModels() {
        List<Case> out = new ArrayList<>();
        WorkspaceReader reader = WorkspaceReader.of(schemas());
        for (JsonNode c : golden("pyhf_simplemodels.json").get("cases")) {
            JsonNode in = c.get("input");
            ObjectNode ws = Json.mapper().createObjectNode();
            ws.set("channels", in.get("spec").get("channels").deepCopy());
            ArrayNode obs = ws.putArray("observations");
            ObjectNode o = obs.addObject();
            o.put("name", in.get("spec").get("channels").get(0).get("name").asText());
            o.set("data", in.get("observed").deepCopy());
            ObjectNode meas = ws.putArray("measurements").addObject();
            meas.put("name", "meas");
            meas.putObject("config").put("poi", "mu").putArray("parameters");
            ws.put("version", "1.0.0");
            Workspace w = reader.fromTree(ws, "golden/pyhf_simplemodels.json#" + c.get("id").asText());
            Model m = Model.of(w, "golden " + c.get("id").asText());
            out.add(new Case(c.get("id").asText(), m, m.observedData(w), c.get("output"), in));
        }
        return out;
    }

    public static List<Case> allModels() {
        List<Case> all = new ArrayList<>(simpleModels());
        all.addAll(workspaces());
        return all;
    }

    public static double[] doubles(JsonNode arr) {
        double[] a = new double[arr.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = arr.get(i).asDouble();
        }
        return a;
    }
}

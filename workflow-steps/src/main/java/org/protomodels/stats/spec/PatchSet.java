package org.protomodels.stats.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.protomodels.io.Json;
import org.protomodels.step.InvalidInputException;

/**
 * A pyhf PatchSet: named JSON patches with label values, and digests of the workspace they apply to. Checks as
 * pyhf: unique patch names, unique value tuples, as many values as labels, digest of the target workspace.
 */
public record PatchSet(String file, String description, List<String> labels, Map<String, String> digests,
        List<Patch> patches) {

    /** One patch: its name, its label values (numbers or strings) and its operations. */
    public record Patch(String name, List<Object> values, JsonPatch operations) {
        public Patch {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
            Objects.requireNonNull(operations, "operations");
        }
    }

    public PatchSet {
        labels = List.copyOf(labels);
        digests = Map.copyOf(digests);
        patches = List.copyOf(patches);
    }

    public static PatchSet read(Path file, PyhfSchemas schemas) {
        return fromTree(Json.readTree(file), file.toString(), schemas);
    }

    static PatchSet fromTree(JsonNode tree, String file, PyhfSchemas schemas) {
        schemas.validate("patchset", tree, file);
        JsonNode meta = tree.get("metadata");
        List<String> labels = new ArrayList<>();
        meta.get("labels").forEach(l -> labels.add(l.asText()));
        Map<String, String> digests = new LinkedHashMap<>();
        meta.get("digests").fields().forEachRemaining(e -> digests.put(e.getKey(), e.getValue().asText()));
        List<Patch> patches = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<List<Object>> valueSets = new HashSet<>();
        JsonNode ps = tree.get("patches");
        for (int i = 0; i < ps.size(); i++) {
            String pp = "/patches/" + i;
            JsonNode pm = ps.get(i).get("metadata");
            String name = pm.get("name").asText();
            List<Object> values = new ArrayList<>();
            for (JsonNode v : pm.get("values")) {
                values.add(v.isNumber() ? (Object) v.asDouble() : v.asText());
            }
            if (!names.add(name)) {
                throw new InvalidInputException(file, pp + "/metadata/name", "multiple patches named '" + name + "'");
            }
            if (values.size() != labels.size()) {
                throw new InvalidInputException(file, pp + "/metadata/values", "patch '" + name + "' has "
                        + values.size() + " values but the patchset has " + labels.size() + " labels " + labels);
            }
            if (!valueSets.add(values)) {
                throw new InvalidInputException(file, pp + "/metadata/values",
                        "multiple patches with values " + values + " (second: '" + name + "')");
            }
            patches.add(new Patch(name, values, JsonPatch.of(ps.get(i).get("patch"))));
        }
        return new PatchSet(file, meta.get("description").asText(), labels, digests, patches);
    }

    /** The patch with this name. */
    public Patch patch(String name) {
        return patches.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException(file, "/patches", "no patch named '" + name + "'"));
    }

    /** The patch with these label values. */
    public Patch patch(List<Object> values) {
        return patches.stream().filter(p -> p.values().equals(values)).findFirst()
                .orElseThrow(() -> new InvalidInputException(file, "/patches", "no patch with values " + values));
    }

    /** Checks the digests against the workspace (pyhf: hash of json.dumps(ws, sort_keys=True)). */
    void verifyDigest(JsonNode workspace, String workspaceFile) {
        byte[] canonical = PythonJson.dumpsSorted(workspace).getBytes(StandardCharsets.UTF_8);
        for (var e : digests.entrySet()) {
            String algorithm = switch (e.getKey()) {
                case "sha256" -> "SHA-256";
                case "md5" -> "MD5";
                default -> null;
            };
            if (algorithm == null) {
                continue;
            }
            String actual = hex(algorithm, canonical);
            if (!actual.equalsIgnoreCase(e.getValue())) {
                throw new InvalidInputException(file, "/metadata/digests/" + e.getKey(), "digest does not match "
                        + workspaceFile + " (expected " + e.getValue() + ", workspace has " + actual + ")");
            }
        }
    }

    static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm, e);
        }
    }
}

package org.protomodels.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.protomodels.io.Json;
import org.protomodels.io.Sha256;
import org.protomodels.step.StepManifest;
import org.protomodels.step.ToolVersion;

/**
 * Where the numbers come from: the report's tool version, the container image digest, the database version and
 * sha256, and the tool version, seed and every parameter of each stage (from the step manifests of the inputs).
 */
final class Provenance {
    private Provenance() {
    }

    /** A step manifest found in an input folder, with the name shown for its folder. */
    record Manifest(String where, Path file, JsonNode doc) {
    }

    /** Manifests of the given folders (each folder's *.manifest.json, in name order), each file once. */
    static List<Manifest> find(Map<String, Path> folders) {
        List<Manifest> out = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (var e : folders.entrySet()) {
            Path dir = e.getValue();
            if (dir == null || !Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".manifest.json")).sorted().toList();
            } catch (IOException ex) {
                continue;
            }
            for (Path f : files) {
                Path real = f.toAbsolutePath().normalize();
                if (seen.add(real)) {
                    out.add(new Manifest(e.getKey(), f, Json.readTree(f)));
                }
            }
        }
        return out;
    }

    static void write(Doc doc, List<Manifest> manifests, String imageDigest, String databaseVersion, String databaseSha256) {
        doc.h2("provenance", "Provenance");
        doc.table(new String[] {"item", "value"}, List.of(
                new String[] {"report written by", "protomodel " + ToolVersion.get()},
                new String[] {"container image", imageDigest != null ? imageDigest
                        : "not recorded (pass --image-digest or set PROTOMODEL_IMAGE_DIGEST)"},
                new String[] {"database version", databaseVersion != null ? databaseVersion : Fmt.NA + " (ingest not run)"},
                new String[] {"database.json sha256", databaseSha256 != null ? databaseSha256 : Fmt.NA}));
        List<String[]> rows = new ArrayList<>();
        for (Manifest m : manifests) {
            JsonNode d = m.doc();
            rows.add(new String[] {d.path("stage").asText("?"), m.where(), d.path("toolVersion").asText(Fmt.NA),
                    d.hasNonNull("seed") ? d.get("seed").asText() : "none", parameters(d.path("parameters")),
                    String.valueOf(d.path("inputs").size()), String.valueOf(d.path("outputs").size())});
        }
        doc.h3("Stages");
        if (rows.isEmpty()) {
            doc.notRun("No step manifests found in the input folders.");
        } else {
            doc.table(new String[] {"stage", "folder", "tool version", "seed", "parameters", "inputs", "outputs"}, rows);
        }
    }

    /** "key = value" pairs, nested objects flattened with dots, in key order. */
    static String parameters(JsonNode p) {
        List<String> out = new ArrayList<>();
        flatten("", p, out);
        return out.isEmpty() ? "defaults" : String.join("; ", out);
    }

    private static void flatten(String prefix, JsonNode n, List<String> out) {
        if (n.isObject()) {
            List<String> keys = new ArrayList<>();
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                keys.add(it.next());
            }
            keys.sort(null);
            if (keys.isEmpty() && !prefix.isEmpty()) {
                out.add(prefix + " = {}");
            }
            for (String k : keys) {
                flatten(prefix.isEmpty() ? k : prefix + "." + k, n.get(k), out);
            }
        } else if (n.isNumber()) {
            out.add(prefix + " = " + Fmt.sig(n.asDouble(), 6));
        } else if (n.isValueNode()) {
            out.add(prefix + " = " + n.asText());
        } else {
            out.add(prefix + " = " + n);
        }
    }

    static StepManifest.FileDigest digest(String name, Path file) {
        return new StepManifest.FileDigest(name, Sha256.of(file));
    }
}

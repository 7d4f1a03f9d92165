package org.protomodels.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.protomodels.io.Json;
import org.protomodels.io.Yaml;
import org.protomodels.testing.SharedData;

/**
 * reana.yaml against REANA's own analysis schema (reana-commons, copied verbatim into the shared schemas), plus the
 * REANA rules the schema cannot express: referenced files exist, step images pinned by digest, the job file
 * names only workflow inputs.
 */
class ReanaSchemaTest {
    private static final Pattern DIGEST_PIN = Pattern.compile("\\S+@sha256:[0-9a-f]{64}");
    private static Path repo;
    private static Schema reana;

    @BeforeAll
    static void load() {
        repo = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("..").normalize();
        JsonNode schema = Json.readTree(SharedData.require("schemas/reana/reana_analysis_schema.json"));
        // REANA's root $id ('reana_spec') is not an IRI, and its rucio part uses draft-04's `id`: give the schema a
        // location of its own and drop the draft-04 ids, which carry no constraint.
        stripDraft4Ids(schema);
        reana = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("https://protomodels.org/external/reana_analysis_schema.json"), schema);
    }

    private static void stripDraft4Ids(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.path("id").isTextual()) {
                o.remove("id");
            }
        }
        for (JsonNode child : node) {
            stripDraft4Ids(child);
        }
    }

    /** Schema errors as "/pointer: message", sorted. */
    private static List<String> problems(Path yaml) {
        List<String> out = new ArrayList<>();
        for (Error e : reana.validate(Yaml.readTree(yaml))) {
            out.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        out.sort(null);
        return out;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ReanaSchemaTest.class.getResource(name).toURI());
    }

    @Test
    void validate_repositoryReanaYaml_hasNoSchemaErrors() {
        assertEquals(List.of(), problems(repo.resolve("reana.yaml")), "REANA analysis schema (reana-commons)");
    }

    @Test
    void validate_stringFilesAndUnknownEngine_reportsBothPointers() throws URISyntaxException {
        List<String> p = problems(resource("broken-reana.yaml"));
        assertEquals(2, p.size(), "exactly the two planted faults: " + p);
        assertTrue(p.get(0).startsWith("/inputs/files") && p.get(0).contains("array"), p.get(0));
        assertTrue(p.get(1).startsWith("/workflow/type") && p.get(1).contains("enum"), p.get(1));
    }

    @Test
    void validate_noWorkflowKey_reportsRequiredWorkflow() throws URISyntaxException {
        List<String> p = problems(resource("no-workflow-reana.yaml"));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("required") && p.get(0).contains("workflow"), p.get(0));
    }

    @Test
    void reanaYaml_referencedPaths_existInRepository() {
        JsonNode r = Yaml.readTree(repo.resolve("reana.yaml"));
        assertEquals("cwl", r.at("/workflow/type").asText(), "architecture 6.4: workflow.type");
        List<String> paths = new ArrayList<>();
        paths.add(r.at("/workflow/file").asText());
        paths.add(r.at("/inputs/parameters/input").asText());
        r.at("/inputs/directories").forEach(d -> paths.add(d.asText()));
        r.at("/inputs/files").forEach(f -> paths.add(f.asText()));
        for (String p : paths) {
            assertTrue(Files.exists(repo.resolve(p)), "reana.yaml names " + p + ", which is not in the repository");
        }
    }

    @Test
    void cwlTools_dockerRequirement_inHintsPinnedByOneDigestWithMemoryLimit() throws IOException {
        Map<String, String> images = new TreeMap<>();
        for (Path f : cwlFiles()) {
            JsonNode tool = Yaml.readTree(f);
            if (!"CommandLineTool".equals(tool.path("class").asText())) {
                continue;
            }
            String name = f.getFileName().toString();
            // under `requirements` cwltool --no-container refuses the tool; REANA reads the hint
            assertTrue(tool.at("/requirements/DockerRequirement").isMissingNode(), name + ": DockerRequirement in requirements");
            String pull = tool.at("/hints/DockerRequirement/dockerPull").asText("");
            assertTrue(DIGEST_PIN.matcher(pull).matches(), name + ": dockerPull must pin a digest, got '" + pull + "'");
            assertFalse(tool.at("/hints/reana/kubernetes_memory_limit").asText("").isEmpty(),
                    name + ": hints.reana.kubernetes_memory_limit");
            images.put(name, pull);
        }
        assertFalse(images.isEmpty(), "no CommandLineTool found in workflow-steps/cwl");
        assertEquals(1, new TreeSet<>(images.values()).size(), "every step runs the one protomodel image: " + images);
    }

    @Test
    void jobFile_keys_areWorkflowInputs() {
        JsonNode reanaYaml = Yaml.readTree(repo.resolve("reana.yaml"));
        JsonNode workflow = Yaml.readTree(repo.resolve(reanaYaml.at("/workflow/file").asText()));
        JsonNode job = Yaml.readTree(repo.resolve(reanaYaml.at("/inputs/parameters/input").asText()));
        for (Iterator<String> it = job.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            assertTrue(workflow.path("inputs").has(key), "job file key '" + key + "' is not an input of the workflow");
        }
    }

    @Test
    void reanaOutputs_directories_areThePipelineOutputs() {
        // REANA's CWL engine copies each workflow output into outputs/<basename>; the pipeline's outputs are the
        // stage folders, named as their output ids
        JsonNode reanaYaml = Yaml.readTree(repo.resolve("reana.yaml"));
        JsonNode workflow = Yaml.readTree(repo.resolve(reanaYaml.at("/workflow/file").asText()));
        Set<String> declared = new TreeSet<>();
        reanaYaml.at("/outputs/directories").forEach(d -> declared.add(d.asText()));
        Set<String> produced = new TreeSet<>();
        workflow.path("outputs").fieldNames().forEachRemaining(id -> produced.add("outputs/" + id));
        assertEquals(produced, declared, "reana.yaml outputs.directories vs pipeline.cwl outputs");
        reanaYaml.at("/outputs/files").forEach(f -> assertTrue(
                produced.stream().anyMatch(d -> f.asText().startsWith(d + "/")),
                "reana.yaml output file " + f.asText() + " is in none of the pipeline's output folders"));
    }

    private static List<Path> cwlFiles() throws IOException {
        try (Stream<Path> s = Files.list(repo.resolve("workflow-steps/cwl"))) {
            return s.filter(p -> p.toString().endsWith(".cwl")).sorted().toList();
        }
    }
}

package org.protomodels.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.protomodels.step.InvalidInputException;

/**
 * JSON-schema validation with every schema resolved locally: the project's own schemas from the classpath
 * (docs/schemas, by kind and version) and external ones (HEPData, pyhf) from a folder mapped to their $id prefix.
 * Nothing is ever fetched from the network.
 */
public final class SchemaValidator {
    /** $id prefix of the project's own schemas. */
    public static final String OWN_PREFIX = "https://protomodels.org/schemas/";
    private static final String OWN_RESOURCES = "/org/protomodels/schemas/";

    private final Map<String, Function<String, String>> prefixes;
    private final SchemaRegistry registry;
    private final Map<String, Schema> cache = new ConcurrentHashMap<>();

    private SchemaValidator(Map<String, Function<String, String>> prefixes) {
        this.prefixes = Map.copyOf(prefixes);
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                b -> b.schemas(this::load));
    }

    /** A validator for the project's own schemas only. */
    public static SchemaValidator own() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Maps $id prefixes to local folders or the classpath. */
    public static final class Builder {
        private final Map<String, Function<String, String>> prefixes = new LinkedHashMap<>();

        private Builder() {
            prefixes.put(OWN_PREFIX, rel -> classpath(OWN_RESOURCES + rel));
        }

        /** Schemas whose $id starts with {@code prefix} are read from {@code dir}, relative path kept. */
        public Builder mapFolder(String prefix, Path dir) {
            prefixes.put(prefix, rel -> file(dir.resolve(rel)));
            return this;
        }

        public SchemaValidator build() {
            return new SchemaValidator(prefixes);
        }
    }

    private String load(String iri) {
        for (var e : prefixes.entrySet()) {
            if (iri.startsWith(e.getKey())) {
                String rel = iri.substring(e.getKey().length());
                int hash = rel.indexOf('#');
                return e.getValue().apply(hash < 0 ? rel : rel.substring(0, hash));
            }
        }
        return null; // unknown: the library reports it; we never fetch remotely
    }

    private static String classpath(String resource) {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String file(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The schema with this $id (for example {@code https://protomodels.org/schemas/1.0.0/database.json}). */
    public Schema schema(String id) {
        return cache.computeIfAbsent(id, i -> registry.getSchema(SchemaLocation.of(i)));
    }

    /** The IRI of one of the project's own schemas. */
    public static String ownId(String kind, String version) {
        return OWN_PREFIX + version + "/" + kind + ".json";
    }

    /** Problems of {@code doc} against schema {@code id}, each as {@code /json/pointer: message}, in a stable order. */
    public List<String> problems(String id, JsonNode doc) {
        List<Error> errors = schema(id).validate(doc);
        List<String> out = new ArrayList<>(errors.size());
        for (Error e : errors) {
            out.add(pointer(e) + ": " + e.getMessage());
        }
        out.sort(null);
        return out;
    }

    /** Throws {@link InvalidInputException} naming the file and the first fault's JSON pointer. */
    public void validate(String id, JsonNode doc, String file) {
        List<Error> errors = schema(id).validate(doc);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(SchemaValidator::pointer));
            Error first = errors.get(0);
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
            throw new InvalidInputException(file, pointer(first), "schema violation: " + stripPath(first) + more);
        }
    }

    /** Validates a document that names its own {@code kind} and {@code version}. */
    public void validateOwn(JsonNode doc, String file) {
        JsonNode kind = doc.get("kind");
        JsonNode version = doc.get("version");
        if (kind == null || !kind.isTextual() || version == null || !version.isTextual()) {
            throw new InvalidInputException(file, "", "missing 'kind' or 'version' (every project file carries both)");
        }
        String id = ownId(kind.asText(), version.asText());
        if (classpath(OWN_RESOURCES + version.asText() + "/" + kind.asText() + ".json") == null) {
            throw new InvalidInputException(file, "/kind", "unknown kind/version '" + kind.asText() + "' " + version.asText());
        }
        validate(id, doc, file);
    }

    static String pointer(Error e) {
        var loc = e.getInstanceLocation();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < loc.getNameCount(); i++) {
            Object el = loc.getElement(i);
            sb.append('/').append(String.valueOf(el).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    private static String stripPath(Error e) {
        String m = e.getMessage();
        // networknt prefixes messages with the instance path ("/a/b: ..."); we print our own pointer
        int colon = m.indexOf(": ");
        return colon > 0 && m.startsWith("/") || m.startsWith("$") && colon > 0 ? m.substring(colon + 2) : m;
    }
}

package org.protomodels.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;

/** The project's JSON mappers: strict on reading, canonical (sorted keys) on writing. */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        // Real records are big (the 1.2.4 database is ~330 MB of text); raise Jackson's string cap but keep one.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(512 * 1024 * 1024).maxNestingDepth(200).build());
    }

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a JSON file into a tree; a syntax error names the file, line and column. */
    public static JsonNode readTree(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /**
     * Reads the document's skeleton: arrays under the named fields keep only their first {@code keep} elements
     * (the rest are skipped by the tokenizer without building nodes). Lets a schema check the structure of a
     * 150 MB database in a fraction of a second, while the full content is bound by {@link #readValue}.
     */
    public static JsonNode readSkeleton(Path file, java.util.Set<String> bulkyFields, int keep) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() == null) {
                throw new InvalidInputException(file.toString(), "", "empty JSON document");
            }
            return skeleton(p, bulkyFields, keep, false);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    private static JsonNode skeleton(JsonParser p, java.util.Set<String> bulky, int keep, boolean prune) throws IOException {
        var f = MAPPER.getNodeFactory();
        switch (p.currentToken()) {
            case START_OBJECT -> {
                var o = f.objectNode();
                while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (o.has(name)) {
                        throw new com.fasterxml.jackson.core.JsonParseException(p, "duplicate field '" + name + "'");
                    }
                    o.set(name, skeleton(p, bulky, keep, bulky.contains(name)));
                }
                return o;
            }
            case START_ARRAY -> {
                var a = f.arrayNode();
                int n = 0;
                while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                    if (prune && n >= keep) {
                        p.skipChildren();
                    } else {
                        a.add(skeleton(p, bulky, keep, false));
                    }
                    n++;
                }
                return a;
            }
            case VALUE_STRING -> {
                return f.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return f.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return f.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return f.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return f.booleanNode(false);
            }
            case VALUE_NULL -> {
                return f.nullNode();
            }
            default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + p.currentToken());
        }
    }

    /** Binds a whole file to a type by streaming (no tree), naming the file and JSON pointer on failure. */
    public static <T> T readValue(Path file, Class<T> type) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** Binds a tree to a type, naming the file on failure. */
    public static <T> T treeToValue(JsonNode node, Class<T> type, String file) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            throw new InvalidInputException(file, pointerOf(e), e.getOriginalMessage(), e);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            Throwable cause = e.getCause();
            String msg = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
            throw new InvalidInputException(file, pointerOf(e), msg, e);
        } catch (IOException e) {
            throw new InvalidInputException(file, "", e.getMessage(), e);
        }
    }

    /**
     * What went wrong reading {@code file}: missing (66), a binding fault at a JSON pointer or a syntax fault at
     * line:column (65), or unreadable (66).
     */
    private static RuntimeException failure(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InputMissingException(file + ": no such file");
        }
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            Throwable cause = m.getCause();
            String msg = cause instanceof IllegalArgumentException ? cause.getMessage() : m.getOriginalMessage();
            return new InvalidInputException(file.toString(), pointerOf(m), msg, e);
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            var loc = j.getLocation();
            String where = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            return new InvalidInputException(file.toString(), where, "malformed JSON: " + j.getOriginalMessage(), e);
        }
        return new InputMissingException(file + ": cannot read (" + e.getMessage() + ")", e);
    }

    static String pointerOf(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            sb.append('/');
            if (ref.getFieldName() != null) {
                sb.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                sb.append(ref.getIndex());
            }
        }
        return sb.toString();
    }
}

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
        } catch (NoSuchFileException e) {
            throw new InputMissingException(file + ": no such file");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new InvalidInputException(file.toString(), where, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputMissingException(file + ": cannot read (" + e.getMessage() + ")", e);
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

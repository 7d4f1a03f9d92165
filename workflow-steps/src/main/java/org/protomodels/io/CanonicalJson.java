package org.protomodels.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.protomodels.step.OutputException;

/**
 * Canonical JSON: keys sorted at every level, two-space indent, '\n' line ends, a final newline,
 * Double.toString numbers (stable because the JRE major is pinned). Same value, same bytes.
 */
public final class CanonicalJson {
    private static final ObjectWriter PRETTY = Json.mapper().writer(printer());
    private static final ObjectWriter COMPACT = Json.mapper().writer();

    private CanonicalJson() {
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter();
        p.indentArraysWith(indenter);
        p.indentObjectsWith(indenter);
        return p.withoutSpacesInObjectEntries();
    }

    /** Serialises a value (record, map or tree) canonically. */
    public static byte[] toBytes(Object value) {
        try {
            JsonNode tree = sorted(Json.mapper().valueToTree(value));
            byte[] body = PRETTY.writeValueAsBytes(tree);
            byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
            out[body.length] = '\n';
            return out;
        } catch (IOException e) {
            throw new OutputException("cannot serialise " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** One-line canonical form (for JSON Lines files). */
    public static String toLine(Object value) {
        try {
            return COMPACT.writeValueAsString(sorted(Json.mapper().valueToTree(value)));
        } catch (IOException e) {
            throw new OutputException("cannot serialise " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public static void write(Path file, Object value) {
        AtomicFiles.write(file, toBytes(value));
    }

    /**
     * Streams a large value (records and sorted maps) without building a tree: objects indented, arrays on one
     * line, so numeric maps stay compact. Canonical as long as the value's maps are sorted (Jackson sorts them).
     */
    public static void writeData(Path file, Object value) {
        var seps = com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.NONE)
                .withArrayValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.NONE);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(seps);
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(new DefaultPrettyPrinter.NopIndenter());
        ObjectWriter w = Json.mapper().writer(printer);
        AtomicFiles.write(file, (OutputStream out) -> {
            try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                w.writeValue(g, value);
                g.flush();
            }
            out.write('\n');
        });
    }

    /** Streams a large tree canonically without building one big byte array. */
    public static void writeStreaming(Path file, JsonNode tree) {
        AtomicFiles.write(file, (OutputStream out) -> {
            try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
                g.setPrettyPrinter(printer());
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                Json.mapper().writeTree(g, sorted(tree));
                g.flush();
            }
            out.write('\n');
        });
    }

    /** Returns the tree with object keys sorted recursively (Jackson sorts maps and beans, not ObjectNodes). */
    public static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = Json.mapper().createObjectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            for (String n : names) {
                copy.set(n, sorted(node.get(n)));
            }
            return copy;
        }
        if (node.isArray()) {
            var arr = Json.mapper().createArrayNode();
            for (JsonNode e : node) {
                arr.add(sorted(e));
            }
            return arr;
        }
        return node;
    }
}

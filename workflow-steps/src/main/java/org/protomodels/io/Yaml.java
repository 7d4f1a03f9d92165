package org.protomodels.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Safe YAML reading: Jackson on SnakeYAML's parser only (no object construction from tags), with alias,
 * nesting and size limits so that a hostile file cannot blow up memory ("billion laughs").
 */
public final class Yaml {
    /** Largest YAML document we accept (HEPData caps data files at 10 MiB; real UL maps are a few MB). */
    public static final int MAX_CODE_POINTS = 64 * 1024 * 1024;
    public static final int MAX_ALIASES = 50;

    private static final ObjectMapper MAPPER = build();

    private Yaml() {
    }

    private static ObjectMapper build() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(100);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        return new YAMLMapper(factory);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a one-document YAML file into a tree. */
    public static JsonNode readTree(Path file) {
        List<JsonNode> docs = readAll(file);
        if (docs.size() != 1) {
            throw new InvalidInputException(file.toString(), "", "expected one YAML document, found " + docs.size());
        }
        return docs.get(0);
    }

    /** Reads every document of a (multi-document) YAML file; empty documents are returned as null-free skips. */
    public static List<JsonNode> readAll(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readAll(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new InputMissingException(file + ": no such file");
        } catch (IOException e) {
            throw new InputMissingException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    public static List<JsonNode> readAll(String text, String name) {
        return readAll(new StringReader(text), name);
    }

    public static List<JsonNode> readAll(Reader reader, String name) {
        List<JsonNode> docs = new ArrayList<>();
        try (var yaml = (com.fasterxml.jackson.dataformat.yaml.YAMLParser) MAPPER.getFactory().createParser(reader);
             var parser = new NoAliases(yaml, name)) {
            while (parser.nextToken() != null) {
                JsonNode node = MAPPER.readTree(parser);
                if (node != null && !node.isMissingNode() && !node.isNull()) {
                    docs.add(node);
                }
            }
            return docs;
        } catch (InvalidInputException e) {
            throw e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new InvalidInputException(name, where, "malformed YAML: " + firstLine(e.getOriginalMessage()), e);
        } catch (RuntimeException e) {
            // SnakeYAML limit violations surface as runtime exceptions wrapped by Jackson.
            throw new InvalidInputException(name, "", "malformed YAML: " + firstLine(String.valueOf(e.getMessage())), e);
        } catch (IOException e) {
            throw new InvalidInputException(name, "", "cannot read YAML: " + e.getMessage(), e);
        }
    }

    /**
     * Jackson's YAML parser returns an alias as the anchor's name (a string), which would silently corrupt
     * data; data files never need aliases, so they are refused (this also defuses "billion laughs").
     */
    private static final class NoAliases extends com.fasterxml.jackson.core.util.JsonParserDelegate {
        private final com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml;
        private final String name;

        NoAliases(com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml, String name) {
            super(yaml);
            this.yaml = yaml;
            this.name = name;
        }

        @Override
        public com.fasterxml.jackson.core.JsonToken nextToken() throws IOException {
            var t = super.nextToken();
            if (yaml.isCurrentAlias()) {
                var loc = yaml.currentLocation();
                throw new InvalidInputException(name, ":" + loc.getLineNr() + ":" + loc.getColumnNr(),
                        "YAML alias '*" + yaml.getText() + "' is not supported in data files");
            }
            return t;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " " + s.substring(nl + 1).replace('\n', ' ').trim();
    }
}

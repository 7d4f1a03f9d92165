package org.protomodels.predict.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.UsageException;

/**
 * Reads a protomodel from the project's JSON document, a walk's {@code hiscores.json} (entry {@code index}) or a
 * reference hiscore dictionary file.
 */
public final class ProtoModelFiles {
    private ProtoModelFiles() {
    }

    /** Model {@code index} of {@code file} (JSON: index 0 only; hiscore list: any entry). */
    public static ProtoModel read(Path file, int index) {
        String text;
        try {
            text = Files.readString(file).strip();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputMissingException(file + ": no such file");
        } catch (IOException e) {
            throw new InputMissingException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (text.startsWith("{") && text.contains("\"kind\"")) {
            com.fasterxml.jackson.databind.JsonNode doc = org.protomodels.io.Json.readTree(file);
            if ("hiscores".equals(doc.path("kind").asText())) {
                // a walk's hiscores.json: entry `index` (0 = the best), as the report and the pipeline use it
                com.fasterxml.jackson.databind.JsonNode entries = doc.path("entries");
                if (index < 0 || index >= entries.size()) {
                    throw new UsageException("--index " + index + ": " + file + " holds " + entries.size() + " protomodels");
                }
                return ProtoModelJson.fromTree(entries.get(index).path("protomodel"), file + "#/entries/" + index + "/protomodel");
            }
            if (index != 0) {
                throw new UsageException("--index " + index + ": " + file + " holds one protomodel");
            }
            return ProtoModelJson.read(file);
        }
        List<ProtoModel> models = HiscoreDicts.read(file);
        if (index < 0 || index >= models.size()) {
            throw new UsageException("--index " + index + ": " + file + " holds " + models.size() + " protomodels");
        }
        return models.get(index);
    }
}

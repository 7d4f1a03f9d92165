package org.protomodels.predict.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.UsageException;

/** Reads a protomodel from the project's JSON document or from a reference hiscore dictionary file. */
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

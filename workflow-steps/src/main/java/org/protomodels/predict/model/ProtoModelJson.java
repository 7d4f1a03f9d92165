package org.protomodels.predict.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.protomodels.io.CanonicalJson;
import org.protomodels.io.Json;
import org.protomodels.io.SchemaValidator;
import org.protomodels.step.InvalidInputException;

/** Reads and writes {@code protomodel.json} (kind protomodel, version 1.0.0): schema first, then the physics rules. */
public final class ProtoModelJson {
    private static final SchemaValidator SCHEMAS = SchemaValidator.own();

    private ProtoModelJson() {
    }

    public static ProtoModel read(Path file) {
        return fromTree(Json.readTree(file), file.toString());
    }

    /** Binds a parsed document; faults name {@code file} and the JSON pointer. */
    public static ProtoModel fromTree(JsonNode doc, String file) {
        SCHEMAS.validateOwn(doc, file);
        try {
            return Json.mapper().treeToValue(doc, ProtoModel.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            Throwable c = e.getCause();
            if (c instanceof InvalidModelException m) {
                throw new InvalidInputException(file, m.pointer(), m.getMessage().substring(m.pointer().length() + 2), e);
            }
            throw new InvalidInputException(file, "", e.getOriginalMessage(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException(file, "", e.getOriginalMessage(), e);
        }
    }

    public static void write(Path file, ProtoModel model) {
        CanonicalJson.write(file, model);
    }

    public static byte[] toBytes(ProtoModel model) {
        return CanonicalJson.toBytes(model);
    }
}

package org.protomodels.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.combine.Profile;
import org.protomodels.io.Yaml;
import org.protomodels.step.InvalidInputException;

/** The walk section of both shipped profiles binds completely, from the resource and through combine's Profile. */
class WalkSettingsTest {
    static JsonNode yaml(String name) throws IOException {
        try (InputStream in = WalkSettings.class.getResourceAsStream("/org/protomodels/profiles/" + name + ".yaml")) {
            return Yaml.readAll(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), name).get(0).get("walk");
        }
    }

    @Test
    void load_shippedProfiles_matchTheirYaml() throws IOException {
        for (String name : new String[] {"paper2020", "v2"}) {
            JsonNode w = yaml(name);
            WalkSettings s = WalkSettings.load(name);
            assertEquals(name, s.profile());
            assertEquals(w.get("acceptance").asText(), s.acceptance().label(), name + " acceptance");
            assertEquals(w.get("muHatIterations").asInt(), s.muHatIterations(), name + " muHatIterations");
            assertEquals(w.get("massStep").asDouble(), s.massStep(), 0, name + " massStep");
            assertEquals(w.get("walls").size(), s.walls().size(), name + " walls");
            assertEquals(s, WalkSettings.of(Profile.builtin(name)), name + ": same settings through combine's Profile");
        }
        assertEquals(WalkSettings.Acceptance.METROPOLIS, WalkSettings.load("paper2020").acceptance());
        assertEquals(WalkSettings.Acceptance.METROPOLIS_CRITICS, WalkSettings.load("v2").acceptance());
    }

    @Test
    void of_badProbability_namesPointer(@TempDir Path dir) throws IOException {
        String text;
        try (InputStream in = WalkSettings.class.getResourceAsStream("/org/protomodels/profiles/v2.yaml")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, text.replace("changeSsms: 0.25", "changeSsms: 1.25"));
        var e = assertThrows(InvalidInputException.class, () -> WalkSettings.load(f.toString()));
        assertTrue(e.getMessage().contains("/walk/changeSsms"), e.getMessage());
    }
}

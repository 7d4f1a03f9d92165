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

/**
 * The walk section of the shipped profiles binds completely, from the resource and through combine's Profile; the
 * efficient profile's schedule keys bind, default to the reference, and bad values name the file and key.
 */
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
    void load_referenceProfiles_scheduleIsTheReference() throws IOException {
        for (String name : new String[] {"paper2020", "v2"}) {
            JsonNode w = yaml(name);
            for (String key : new String[] {"unfreezeMaxProbability", "massRedraw", "massLocalStep", "massLocalWidth",
                    "massShiftAll", "restartAfter", "restartMinRise", "undefinedRetries"}) {
                assertTrue(!w.has(key), name + ": the reference profile carries no " + key);
            }
            assertEquals(WalkSettings.Schedule.REFERENCE, WalkSettings.load(name).schedule(), name + " schedule");
        }
        assertEquals(new WalkSettings.Schedule(1, 0, 0, 0.05, 0, 0, 0, 0), WalkSettings.Schedule.REFERENCE,
                "reference: no unfreeze cap, only the uniform mass step, no restarts, no retries");
    }

    @Test
    void load_efficient_v2WithItsSchedule() {
        WalkSettings e = WalkSettings.load("efficient");
        WalkSettings v2 = WalkSettings.load("v2");
        assertEquals("efficient", e.profile());
        assertEquals(e, WalkSettings.of(Profile.builtin("efficient")), "same settings through combine's Profile");
        assertEquals(WalkSettings.Acceptance.METROPOLIS_ALLOWED, e.acceptance());
        assertEquals(new WalkSettings.Schedule(0.4, 0.3, 0.4, 0.05, 0.3, 50, 1, 10), e.schedule());
        assertEquals(0.5, e.changeMassAfterOtherMoves(), 0, "changeMassAfterOtherMoves");
        assertEquals(v2.walls(), e.walls(), "walls from base v2");
        assertEquals(v2.muHatIterations(), e.muHatIterations(), "mu-hat loop from base v2");
        Profile pe = Profile.builtin("efficient");
        Profile pv = Profile.builtin("v2");
        assertEquals(pv.predictions(), pe.predictions(), "K of a model is v2's: predictions");
        assertEquals(pv.combination(), pe.combination(), "combination");
        assertEquals(pv.teststatistic(), pe.teststatistic(), "test statistic");
        assertEquals(pv.prior(), pe.prior(), "prior");
        assertEquals(pv.penalties(), pe.penalties(), "penalties");
        assertEquals(pv.critics(), pe.critics(), "critics");
    }

    @Test
    void load_userFileWithBaseEfficient_overridesOneKey(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mine.yaml");
        Files.writeString(f, "name: mine\nbase: efficient\nwalk:\n  restartAfter: 80\n");
        WalkSettings s = WalkSettings.load(f.toString());
        assertEquals(80, s.schedule().restartAfter());
        assertEquals(0.3, s.schedule().massRedraw(), 0, "the rest from efficient");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"unfreezeMaxProbability, 1.5", "massRedraw, -0.1", "massLocalStep, 2",
            "massShiftAll, 1.01", "massLocalWidth, 0", "massLocalWidth, -0.05", "restartAfter, -1", "restartAfter, 2.5",
            "restartMinRise, -1", "undefinedRetries, -2", "undefinedRetries, 0.5", "massRedraw, '\"often\"'"})
    void load_badScheduleValue_invalidInputNamingFileAndKey(String key, String value, @TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "name: bad\nbase: v2\nwalk:\n  " + key + ": " + value + "\n");
        var e = assertThrows(InvalidInputException.class, () -> WalkSettings.load(f.toString()));
        assertTrue(e.getMessage().contains("/walk/" + key), e.getMessage());
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
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

package org.protomodels.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.step.UsageException;

class ProfileTest {
    @Test
    void builtin_bothProfiles_loadWithTheirForms() {
        Profile p = Profile.builtin("paper2020");
        assertEquals("z2", p.teststatistic().form());
        assertTrue(p.predictions().upperLimitsInCombination());
        assertTrue(p.predictions().bestExpected());
        assertEquals(PathFinder.Mode.EXACT, p.combination().mode());
        assertTrue(p.critics().muMax().enabled());
        assertFalse(p.penalties().enabled());
        Profile v2 = Profile.builtin("v2");
        assertEquals("tl", v2.teststatistic().form());
        assertEquals(0.05, v2.predictions().preselectionFraction(), 0, "v2.yaml srPreselection");
        assertEquals(PathFinder.Mode.PROTOMODELS_V2, v2.combination().mode());
        assertEquals(1.38, v2.critics().fast().rThreshold(), 0, "v2.yaml critics.fast.rThreshold");
        assertEquals(2.0, v2.prior().a1(), 0, "v2.yaml prior.a1");
        assertTrue(v2.walk().containsKey("muHatIterations"), "walk section kept raw");
    }

    @Test
    void builtin_overrides_replaceValuesAndUnknownKeysAreUsageErrors() {
        Profile p = Profile.builtin("v2", Map.of("profile.critics.fast.rThreshold", "1.5", "prior.a1", "3"));
        assertEquals(1.5, p.critics().fast().rThreshold(), 0);
        assertEquals(3.0, p.prior().a1(), 0);
        UsageException e = assertThrows(UsageException.class, () -> Profile.builtin("v2", Map.of("profile.prior.a9", "1")));
        assertTrue(e.getMessage().contains("profile.prior.a9"), e.getMessage());
        assertThrows(UsageException.class, () -> Profile.builtin("v2", Map.of("profile.nosection.x", "1")));
        UsageException bad = assertThrows(UsageException.class, () -> Profile.builtin("v2", Map.of("profile.prior.a1", "-1")));
        assertTrue(bad.getMessage().contains("prior.a1"), bad.getMessage());
        assertThrows(UsageException.class, () -> Profile.builtin("v3"));
    }

    @Test
    void load_userFileWithBase_mergesOverTheShippedProfile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.yaml");
        Files.writeString(f, "base: paper2020\nname: mine\nprior:\n  a3: 16.0\n");
        Profile p = Profile.resolve(f.toString(), Map.of());
        assertEquals("mine", p.name());
        assertEquals(16.0, p.prior().a3(), 0);
        assertEquals("z2", p.teststatistic().form(), "the rest from paper2020");
    }
}

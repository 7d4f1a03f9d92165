package org.protomodels.pvalues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.io.Json;
import org.protomodels.io.SchemaValidator;
import org.protomodels.step.EventSink;
import org.protomodels.step.InvalidInputException;

/** The global p-value from walk outputs (hiscores.json of the real data and of every fake). */
public class GlobalPValueStageTest {
    /** Best K of 8 fakes; scipy 1.17 gaussian_kde(K).integrate_box_1d(2.5, inf) = 0.39284476597015194. */
    private static final double[] FAKE_K = {3.1, 0.4, 2.2, 1.0, 5.5, 1.7, 2.9, 0.8};

    public static void hiscores(Path folder, double... k) throws Exception {
        Files.createDirectories(folder);
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < k.length; i++) {
            entries.append(i == 0 ? "" : ",").append("{\"rank\":").append(i + 1).append(",\"K\":").append(k[i])
                    .append(",\"Z\":1.0,\"TL\":2.0,\"walker\":0,\"step\":5,\"protomodel\":{}}");
        }
        Files.writeString(folder.resolve("hiscores.json"), "{\"kind\":\"hiscores\",\"version\":\"1.0.0\",\"profile\":\"v2\","
                + "\"seed\":1,\"walkers\":2,\"steps\":10,\"entries\":[" + entries + "]}");
    }

    @Test
    void run_folderOfFakeWalks_kdeMatchesScipy_andEmpiricalCount(@TempDir Path dir) throws Exception {
        hiscores(dir.resolve("real"), 2.5, 1.0);
        for (int i = 0; i < FAKE_K.length; i++) {
            hiscores(dir.resolve(String.format("fakes/fake-%04d", i)), FAKE_K[i], FAKE_K[i] - 0.5);
        }
        Files.createDirectories(dir.resolve("fakes/notes")); // a folder without hiscores.json is ignored
        var in = new PValuesInputs(null, Map.of(), 1.0, null, 0, List.of(dir.resolve("real/hiscores.json")),
                List.of(dir.resolve("fakes")), dir.resolve("pv"));
        var r = new PValuesStage(EventSink.NONE).run(in);
        var g = r.report().global();
        assertEquals(8, g.fakes().size());
        assertEquals(2.5, g.observedK(), 0, "rank-1 K of the real run");
        assertEquals(3.0 / 8, g.empirical(), 0, "3 of 8 fakes have K >= 2.5");
        assertRelClose(0.39284476597015194, g.kde(), 1e-12, "scipy 1.17 gaussian_kde integrate_box_1d(2.5, inf)");
        assertRelClose(1.089236454313953, g.bandwidth(), 1e-12, "scipy gaussian_kde factor x sd (Scott)");
        assertNull(r.report().sm(), "no database: no region p-values");
        assertTrue(Files.exists(dir.resolve("pv/plots/k-distribution.png")) && Files.exists(dir.resolve("pv/plots/k-distribution.svg")));
        SchemaValidator.own().validateOwn(Json.readTree(r.file()), r.file().toString());
        var again = new PValuesStage(EventSink.NONE).run(new PValuesInputs(null, Map.of(), 1.0, null, 0,
                List.of(dir.resolve("real/hiscores.json")), List.of(dir.resolve("fakes")), dir.resolve("pv2")));
        assertArrayEquals(Files.readAllBytes(r.file()), Files.readAllBytes(again.file()), "same inputs, same bytes");
    }

    @Test
    void run_severalObservedRuns_meanKAndRange(@TempDir Path dir) throws Exception {
        hiscores(dir.resolve("r1"), 2.0);
        hiscores(dir.resolve("r2"), 3.0);
        for (int i = 0; i < FAKE_K.length; i++) {
            hiscores(dir.resolve("f" + i), FAKE_K[i]);
        }
        List<Path> fakes = new java.util.ArrayList<>();
        for (int i = 0; i < FAKE_K.length; i++) {
            fakes.add(dir.resolve("f" + i));
        }
        var g = new PValuesStage(EventSink.NONE).run(new PValuesInputs(null, Map.of(), 1.0, null, 0,
                List.of(dir.resolve("r1"), dir.resolve("r2")), fakes, dir.resolve("pv"))).report().global();
        assertEquals(2.5, g.observedK(), 1e-15, "mean of the observed best K (spec 9.1)");
        assertEquals(GlobalPValue.of(3.0, FAKE_K).kde(), g.kdeAtMaxObserved(), 0);
        assertEquals(GlobalPValue.of(2.0, FAKE_K).kde(), g.kdeAtMinObserved(), 0);
        assertTrue(g.kdeAtMaxObserved() < g.kde() && g.kde() < g.kdeAtMinObserved());
    }

    @Test
    void run_hiscoresWithoutEntries_invalidInputNamesPointer(@TempDir Path dir) throws Exception {
        hiscores(dir.resolve("real"), 1.0);
        Files.createDirectories(dir.resolve("bad"));
        Files.writeString(dir.resolve("bad/hiscores.json"), "{\"kind\":\"hiscores\",\"version\":\"1.0.0\",\"entries\":[]}");
        hiscores(dir.resolve("ok"), 1.0);
        var e = assertThrows(InvalidInputException.class, () -> new PValuesStage(EventSink.NONE).run(new PValuesInputs(null,
                Map.of(), 1.0, null, 0, List.of(dir.resolve("real")), List.of(dir.resolve("bad"), dir.resolve("ok")),
                dir.resolve("pv"))));
        assertTrue(e.getMessage().contains("/entries"), e.getMessage());
    }
}

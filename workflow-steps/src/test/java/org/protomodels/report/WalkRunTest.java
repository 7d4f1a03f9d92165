package org.protomodels.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.plots.LineCharts;
import org.protomodels.step.InvalidInputException;

/** The walk history digested by hand-countable examples. */
class WalkRunTest {
    private static final String HISCORES = "{\"kind\":\"hiscores\",\"version\":\"1.0.0\",\"seed\":1,\"walkers\":2,\"steps\":3,"
            + "\"entries\":[]}";

    private static WalkRun walk(Path dir, String history) throws Exception {
        Files.writeString(dir.resolve("hiscores.json"), HISCORES);
        Files.writeString(dir.resolve("history.jsonl"), history);
        return WalkRun.read(dir);
    }

    @Test
    void currentK_rejectedAndKlessProposals_keepTheLastAcceptedK(@TempDir Path dir) throws Exception {
        WalkRun w = walk(dir, """
                {"walker":0,"step":1,"K":null,"accepted":false,"particles":[1000022]}
                {"walker":0,"step":2,"K":1.5,"accepted":true,"particles":[1000006,1000022]}
                {"walker":0,"step":3,"K":4.0,"accepted":false,"particles":[1000006,1000022]}
                {"walker":0,"step":4,"K":2.5,"accepted":true,"particles":[1000006,1000022]}
                """);
        List<double[]> k = w.history().get(0).currentK();
        // by hand: no K before step 2; then 1.5, 1.5 (step 3 rejected), 2.5
        assertEquals(3, k.size(), "points once a K was accepted");
        assertArrayEquals(new double[] {2, 1.5, 3, 1.5, 4, 2.5}, new double[] {k.get(0)[0], k.get(0)[1], k.get(1)[0],
            k.get(1)[1], k.get(2)[0], k.get(2)[1]}, 0.0, "current K = last accepted K, exact");
        assertEquals(0.5, w.history().get(0).acceptanceRate(), 0.0, "2 of 4 accepted, exact");
    }

    @Test
    void particleContent_twoWalkers_fractionOfWalkersHoldingEachParticle(@TempDir Path dir) throws Exception {
        WalkRun w = walk(dir, """
                {"walker":0,"step":1,"K":1,"accepted":true,"particles":[1000006,1000022]}
                {"walker":1,"step":1,"K":1,"accepted":true,"particles":[1000022]}
                {"walker":1,"step":2,"K":2,"accepted":true,"particles":[1000006,1000022]}
                """);
        List<LineCharts.Series> s = WalkSection.particleContent(w);
        assertEquals(2, s.size(), "X_t and X_Z^1");
        // by hand: X_t held by 1 of 2 walkers at step 1, 2 of 2 at step 2 (walker 0 keeps its state); LSP always
        assertEquals("X_t", s.get(0).name());
        assertArrayEquals(new double[] {0.5, 1.0}, s.get(0).y(), 0.0, "X_t fraction, exact");
        assertArrayEquals(new double[] {1.0, 1.0}, s.get(1).y(), 0.0, "X_Z^1 fraction, exact");
    }

    @Test
    void read_lineWithoutWalker_invalidInputNamesTheLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hiscores.json"), HISCORES);
        Files.writeString(dir.resolve("history.jsonl"), "{\"walker\":0,\"step\":1}\n{\"step\":2}\n");
        var e = assertThrows(InvalidInputException.class, () -> WalkRun.read(dir));
        assertTrue(e.getMessage().contains("history.jsonl") && e.getMessage().contains(":2"), e.getMessage());
    }

    @Test
    void fmt_nonFinite_printsNotAvailable() {
        assertEquals("n/a", Fmt.num(Double.NaN));
        assertEquals("n/a", Fmt.fixed(Double.POSITIVE_INFINITY, 2));
        assertEquals("n/a", Fmt.unit(Double.NaN, "GeV"));
        assertEquals("800 GeV", Fmt.unit(800, "GeV"));
        assertEquals("0.0123", Fmt.num(0.0123));
    }
}

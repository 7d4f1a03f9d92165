package org.protomodels.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.step.EventSink;

/** A rerun of the pipeline into the same folder skips what is up to date by manifest, and only that. */
class PipelineUpToDateTest {
    static final class Recorder implements EventSink {
        final List<String> messages = new ArrayList<>();

        @Override
        public void log(Level level, String message) {
            messages.add(message);
        }

        @Override
        public void progress(String task, long done, long total, String detail) {
        }

        long skipped() {
            return messages.stream().filter(m -> m.endsWith("up to date, skipped")).count();
        }
    }

    static PipelineInputs toy(Path out, long seed) {
        return new PipelineInputs(List.of(), List.of(), null, null, null, null, true, seed, 2, 1, 5, 1, 5, "v2", 1, out);
    }

    @Test
    void run_twice_secondSkipsEveryStageWithSameBytes_thenRerunsWhatChanged(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("toy");
        new Pipeline(new Recorder()).run(toy(out, 5));
        byte[] pvalues = Files.readAllBytes(out.resolve("pvalues/pvalues.json"));
        byte[] report = Files.readAllBytes(out.resolve("report/index.html"));

        Recorder again = new Recorder();
        new Pipeline(again).run(toy(out, 5));
        // ingest, walk, combine, fakes, pvalues, report (the fake walks are skipped one by one, silently)
        assertEquals(6, again.skipped(), "every stage up to date: " + again.messages);
        assertArrayEquals(pvalues, Files.readAllBytes(out.resolve("pvalues/pvalues.json")), "pvalues untouched");

        // a damaged output is found through its manifest's sha256: that stage and everything after it reruns
        Files.writeString(out.resolve("report/index.html"), "damaged");
        Recorder repaired = new Recorder();
        new Pipeline(repaired).run(toy(out, 5));
        assertEquals(5, repaired.skipped(), "only the report reruns: " + repaired.messages);
        assertArrayEquals(report, Files.readAllBytes(out.resolve("report/index.html")), "the report rewritten, same bytes");

        // another seed changes the walk and the fakes, hence everything downstream; ingest stays
        Recorder reseeded = new Recorder();
        new Pipeline(reseeded).run(toy(out, 6));
        assertEquals(1, reseeded.skipped(), "only ingest is up to date: " + reseeded.messages);
        assertTrue(reseeded.messages.stream().anyMatch(m -> m.equals("stage 1/7: ingest: up to date, skipped")));
    }
}

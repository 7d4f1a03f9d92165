package org.protomodels.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.pipeline.Pipeline;
import org.protomodels.pipeline.PipelineInputs;
import org.protomodels.step.EventSink;
import org.protomodels.step.InputMissingException;

/** The report of the toy pipeline: every image it names exists, tables have rows, no NaN, reproducible. */
class ReportStageTest {
    @Test
    void run_toyPipeline_imagesExistTablesHaveRowsNoNaN_andSameBytesTwice(@TempDir Path dir) throws Exception {
        var outputs = new Pipeline(EventSink.NONE).run(new PipelineInputs(List.of(), List.of(), null, null, null, null,
                true, 3L, 2, dir.resolve("a")));
        Path index = outputs.get("report");
        String html = Files.readString(index);
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        int images = 0;
        while (img.find()) {
            assertTrue(Files.size(index.resolveSibling(img.group(1))) > 1000, "image " + img.group(1));
            images++;
        }
        assertEquals(2, images, "p-value and significance plots");
        int tables = html.split("<tbody>", -1).length - 1;
        int rows = html.split("<tr><td>", -1).length - 1;
        assertTrue(tables >= 3 && rows > tables, tables + " tables, " + rows + " rows");
        assertFalse(html.contains("NaN"), "nothing says NaN");
        assertTrue(html.contains("ATLAS-TOY-13-002") && html.contains("√s [TeV]"), "analyses with units");
        assertTrue(Files.readString(index.resolveSibling("summary.md")).contains("| analysis |"));
        new Pipeline(EventSink.NONE).run(new PipelineInputs(List.of(), List.of(), null, null, null, null, true, 3L, 2,
                dir.resolve("b")));
        assertArrayEquals(Files.readAllBytes(index), Files.readAllBytes(dir.resolve("b/report/index.html")));
    }

    @Test
    void run_missingResults_inputMissing(@TempDir Path dir) {
        assertThrows(InputMissingException.class, () -> new ReportStage(EventSink.NONE)
                .run(new ReportInputs(dir.resolve("absent"), dir.resolve("out"))));
    }
}

package org.protomodels.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.pipeline.Pipeline;
import org.protomodels.pipeline.PipelineInputs;
import org.protomodels.step.EventSink;

/**
 * The report of the toy pipeline (plus the score and walk fixtures) opened in headless Chromium at 1366 x 900:
 * every image loads, every table has rows, nothing is wider than the window. The page's own load script records
 * these on {@code <body>} as data attributes, read back from {@code --dump-dom}. The screenshot is kept as
 * {@code target/report-screenshot.png}. Skipped without a chromium binary, unless
 * {@code -Dprotomodels.browser.required=true}.
 */
class ReportBrowserIT {
    private static final int WIDTH = 1366;

    @Test
    void report_inHeadlessChromium_imagesLoadTablesHaveRowsNoHorizontalScroll(@TempDir Path dir) throws Exception {
        String browser = findBrowser();
        if (browser == null) {
            String message = "SKIPPED: no chromium or chromium-browser on PATH (apt-get install chromium)";
            if (Boolean.getBoolean("protomodels.browser.required")) {
                fail(message.replace("SKIPPED", "FAILED") + "; -Dprotomodels.browser.required=true");
            }
            System.out.println(message);
            Assumptions.abort(message);
        }
        Path results = dir.resolve("toy");
        new Pipeline(EventSink.NONE).run(new PipelineInputs(List.of(), List.of(), null, null, null, null, true, 1L, 3, results));
        var report = new ReportStage(EventSink.NONE).run(new ReportInputs(results, results.resolve("report"), null, 0,
                ReportStageTest.FIXTURES.resolve("score.json"), ReportStageTest.FIXTURES.resolve("walk"), null));
        String url = report.index().toUri().toString();

        String dom = run(browser, dir, List.of("--window-size=" + WIDTH + ",900", "--virtual-time-budget=5000", "--dump-dom", url));
        Map<String, String> body = bodyAttributes(dom);
        assertEquals("true", body.get("data-checked"), "the page's load script ran; body: " + body);
        int images = Integer.parseInt(body.get("data-images"));
        // at least spectrum, likelihood curves, 3 walk plots and 2 p-value plots (the toy pipeline adds the global
        // p-value and the SM-vs-protomodel plots); every one of them loads
        assertTrue(images >= 7, "images on the page: " + images);
        assertEquals("0", body.get("data-broken-images"), "every image loads");
        assertTrue(Integer.parseInt(body.get("data-tables")) >= 10, "tables: " + body.get("data-tables"));
        assertEquals("0", body.get("data-empty-tables"), "every table has rows");
        assertEquals("false", body.get("data-overflow"), "no horizontal scrolling at " + WIDTH + " px (scrollWidth "
                + body.get("data-scroll-width") + ")");

        // a screenshot of the whole page (window as tall as the page) for CI artifacts
        int height = Math.min(16000, Math.max(900, Integer.parseInt(body.getOrDefault("data-scroll-height", "900"))));
        Path shot = Path.of("target/report-screenshot.png").toAbsolutePath();
        Files.createDirectories(shot.getParent());
        Files.deleteIfExists(shot);
        run(browser, dir, List.of("--window-size=" + WIDTH + "," + height, "--virtual-time-budget=5000",
                "--screenshot=" + shot, url));
        assertTrue(Files.isRegularFile(shot) && Files.size(shot) > 10_000, "screenshot written: " + shot);
    }

    private static String findBrowser() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String d : path.split(File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    private static String run(String browser, Path dir, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(browser, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + dir.resolve("chromium-profile")));
        cmd.addAll(args);
        Path err = dir.resolve("chromium.err");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 120 s: " + cmd);
        }
        assertEquals(0, p.exitValue(), "chromium exit code; stderr: " + Files.readString(err));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static Map<String, String> bodyAttributes(String dom) {
        Matcher b = Pattern.compile("<body([^>]*)>").matcher(dom);
        if (!b.find()) {
            fail("no <body> in the dumped DOM: " + dom.substring(0, Math.min(500, dom.length())));
        }
        Map<String, String> attrs = new TreeMap<>();
        Matcher a = Pattern.compile("([\\w-]+)=\"([^\"]*)\"").matcher(b.group(1));
        while (a.find()) {
            attrs.put(a.group(1), a.group(2));
        }
        return attrs;
    }
}

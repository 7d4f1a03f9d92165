package org.protomodels.ingest.hepdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.step.InputMissingException;

/** The cache path of {@link HepDataClient}; no test touches the network (the fetcher is a fake). */
class HepDataClientTest {
    @TempDir
    Path cache;

    @Test
    void recordJson_cachedFile_isReturnedWithoutFetching() throws IOException {
        Path cached = cache.resolve("ins1654945.json");
        Files.writeString(cached, "{\"record\": \"fake\"}");
        HepDataClient c = HepDataClient.of(cache, "https://example.invalid", (uri, out) -> {
            throw new AssertionError("must not fetch " + uri);
        });
        assertEquals(cached, c.recordJson(1654945));
    }

    @Test
    void submission_missingFromCache_isFetchedOnceIntoTheCache() {
        List<URI> asked = new ArrayList<>();
        HepDataClient c = HepDataClient.of(cache, "https://example.invalid", (uri, out) -> {
            asked.add(uri);
            out.write("archive".getBytes(StandardCharsets.UTF_8));
        });
        Path p = c.submission(42);
        Path again = c.submission(42);
        assertEquals(p, again);
        assertEquals(1, asked.size(), "second call served from the cache");
        assertEquals("https://example.invalid/download/submission/ins42/original", asked.get(0).toString());
        assertTrue(Files.isRegularFile(p));
    }

    @Test
    void recordJson_fetchFails_isInputMissingAndLeavesNoPartialFile() {
        HepDataClient c = HepDataClient.of(cache, "https://example.invalid", (uri, out) -> {
            out.write('{');
            throw new IOException("HTTP 404");
        });
        InputMissingException e = assertThrows(InputMissingException.class, () -> c.recordJson(7));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
        assertFalse(Files.exists(cache.resolve("ins7.json")));
    }
}

package org.protomodels.ingest.hepdata;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.protomodels.io.AtomicFiles;
import org.protomodels.step.InputMissingException;

/**
 * Online access to HEPData records by INSPIRE id, through a local cache folder that is always checked first:
 * {@code ins<ID>.json} (the record's JSON, {@code /record/ins<ID>?format=json}) and {@code ins<ID>.tar.gz} (the
 * submission archive). Downloads go to a temporary name and are renamed into place, so the cache never holds a
 * partial file. The archive is untrusted like any other and is opened through {@code SafeArchive}.
 */
public final class HepDataClient {
    /** Where a URL is fetched from; swapped in tests so that they never touch the network. */
    @FunctionalInterface
    public interface Fetcher {
        /** Writes the body of {@code uri} to {@code out}; an HTTP error is an IOException. */
        void fetch(URI uri, java.io.OutputStream out) throws IOException;
    }

    public static final String DEFAULT_BASE = "https://www.hepdata.net";

    private final Path cacheDir;
    private final String base;
    private final Fetcher fetcher;

    private HepDataClient(Path cacheDir, String base, Fetcher fetcher) {
        this.cacheDir = cacheDir;
        this.base = base;
        this.fetcher = fetcher;
    }

    /** A client using the JDK HTTP client against hepdata.net. */
    public static HepDataClient withHttp(Path cacheDir) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
        return new HepDataClient(cacheDir, DEFAULT_BASE, (uri, out) -> {
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).GET().build();
            try {
                HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = resp.body()) {
                    if (resp.statusCode() != 200) {
                        throw new IOException("HTTP " + resp.statusCode() + " for " + uri);
                    }
                    in.transferTo(out);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fetching " + uri, e);
            }
        });
    }

    /** A client with its own fetcher (tests, proxies). */
    public static HepDataClient of(Path cacheDir, String base, Fetcher fetcher) {
        return new HepDataClient(cacheDir, base, fetcher);
    }

    /** The record's JSON description (cached as {@code ins<ID>.json}). */
    public Path recordJson(long inspireId) {
        return cached("ins" + inspireId + ".json", URI.create(base + "/record/ins" + inspireId + "?format=json"));
    }

    /** The submission archive of the record's latest version (cached as {@code ins<ID>.tar.gz}). */
    public Path submission(long inspireId) {
        return cached("ins" + inspireId + ".tar.gz",
                URI.create(base + "/download/submission/ins" + inspireId + "/original"));
    }

    /** The cache path of {@code name}, downloading it first when absent. */
    Path cached(String name, URI uri) {
        Path target = cacheDir.resolve(name);
        if (Files.isRegularFile(target)) {
            return target;
        }
        try {
            AtomicFiles.write(target, out -> fetcher.fetch(uri, out));
        } catch (RuntimeException e) {
            throw new InputMissingException("cannot download " + uri + " into the cache " + target + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
        return target;
    }

    public Path cacheDir() {
        return cacheDir;
    }
}

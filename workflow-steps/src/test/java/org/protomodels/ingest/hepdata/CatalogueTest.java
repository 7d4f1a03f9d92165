package org.protomodels.ingest.hepdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.step.InvalidInputException;

/** Catalogue schema (docs/schemas/1.0.0/catalogue.json) and semantic checks. */
class CatalogueTest {
    @TempDir
    Path dir;

    private static final String HEAD = "kind: catalogue\nversion: 1.0.0\nanalyses:\n";
    private static final String ENTRY = "  - {id: A-1, experiment: CMS, sqrts: 13, luminosity: 35.9, source: %s}\n";

    private Path file(String body) throws IOException {
        Path p = dir.resolve("catalogue.yaml");
        Files.writeString(p, HEAD + body);
        return p;
    }

    @Test
    void read_committedCatalogue_hasTheCmsSus18002Entry() {
        Catalogue c = Catalogue.read(Path.of("..", "database", "catalogue.yaml"));
        Catalogue.Entry e = c.analyses().get(0);
        assertEquals("CMS-SUS-18-002", e.id());
        assertEquals("hepdata/CMS-SUS-18-002", e.source().record());
        assertEquals(4, e.upperLimitMaps().size());
        assertEquals("max", e.signalRegions().backgroundError());
    }

    @Test
    void read_relativeRecordSource_isBound() throws IOException {
        Catalogue c = Catalogue.read(file(ENTRY.formatted("{record: hepdata/X}")));
        assertEquals("hepdata/X", c.analyses().get(0).source().record());
        assertEquals("SR", new Catalogue.SignalRegions("t", "i", null, null, "o", "b", null).idPrefix());
    }

    @Test
    void read_absoluteRecordPath_isRefusedBySchema() throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Catalogue.read(file(ENTRY.formatted("{record: /abs/path}"))));
        assertEquals("/analyses/0/source/record", e.location(), e.getMessage());
    }

    @Test
    void read_dotDotRecordPath_isRefusedBySchema() throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Catalogue.read(file(ENTRY.formatted("{record: a/../../b}"))));
        assertEquals("/analyses/0/source/record", e.location(), e.getMessage());
    }

    @Test
    void read_recordAndInspireBoth_isRefused() throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Catalogue.read(file(ENTRY.formatted("{record: x, inspire: 12}"))));
        assertTrue(e.location().startsWith("/analyses/0/source"), e.getMessage());
    }

    @Test
    void read_unknownProperty_isRefusedWithPointer() throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Catalogue.read(file(ENTRY.formatted("{record: x}").replace("}\n", ", colour: red}\n"))));
        assertTrue(e.location().startsWith("/analyses/0"), e.getMessage());
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void read_duplicateIds_isRefused() throws IOException {
        String one = ENTRY.formatted("{record: x}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Catalogue.read(file(one + one)));
        assertEquals("/analyses/1/id", e.location());
    }

    @Test
    void read_wrongKind_isRefused() throws IOException {
        Path p = dir.resolve("c.yaml");
        Files.writeString(p, "kind: database\nversion: 1.0.0\nanalyses: []\n");
        assertThrows(InvalidInputException.class, () -> Catalogue.read(p));
    }
}

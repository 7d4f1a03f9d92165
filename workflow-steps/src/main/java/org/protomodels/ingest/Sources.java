package org.protomodels.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.protomodels.database.Analysis;
import org.protomodels.database.CrossSectionTable;
import org.protomodels.ingest.hepdata.Catalogue;
import org.protomodels.ingest.hepdata.HepDataClient;
import org.protomodels.ingest.hepdata.HepDataIngest;
import org.protomodels.ingest.hepdata.HepDataRecordReader;
import org.protomodels.ingest.hepdata.IngestNotes;
import org.protomodels.ingest.smodels.CombinationMatrixReader;
import org.protomodels.ingest.smodels.CrossSectionTableReader;
import org.protomodels.ingest.smodels.SModelSDatabase;
import org.protomodels.ingest.smodels.SModelSTextReader;
import org.protomodels.step.EventSink;
import org.protomodels.step.InputMissingException;

/** The stage's seam to the format readers (ingest.smodels, ingest.hepdata). */
final class Sources {
    private Sources() {
    }

    record SModelSResult(String version, List<Analysis> analyses) {
    }

    static SModelSResult readSModelS(Path db, IngestLog log, EventSink events) {
        SModelSDatabase d = SModelSTextReader.read(db, item -> log.skipped("smodels:" + relative(item.path(), List.of(db)),
                relative(item.reason(), List.of(db))));
        return new SModelSResult(d.version(), d.analyses());
    }

    /** Every catalogue entry, its record resolved against the first root that holds it. */
    static List<Analysis> readHepData(Path catalogueFile, List<Path> roots, Path hepdataSchemas, IngestLog log,
                                      EventSink events) {
        Catalogue catalogue = Catalogue.read(catalogueFile);
        // the official schemas: the option, else the property/environment variable the reader knows
        HepDataRecordReader reader = hepdataSchemas != null ? HepDataRecordReader.of(hepdataSchemas)
                : HepDataRecordReader.withSchemas();
        if (!reader.checksSchemas()) {
            log.warning("HEPData records were checked without the official HEPData JSON schemas (give "
                    + "--hepdata-schemas DIR or set PROTOMODELS_HEPDATA_SCHEMAS); every semantic check still ran");
        }
        // entries named by INSPIRE id are fetched from HEPData once and read from the local cache afterwards
        HepDataIngest ingest = HepDataIngest.of(reader).withClient(HepDataClient.withHttp(cacheDir()));
        IngestNotes notes = new IngestNotes();
        List<Analysis> out = new ArrayList<>();
        for (int i = 0; i < catalogue.analyses().size(); i++) {
            Catalogue.Entry e = catalogue.analyses().get(i);
            Path root = roots.get(0);
            if (e.source().record() != null) {
                for (Path r : roots) {
                    if (Files.exists(r.resolve(e.source().record()))) {
                        root = r;
                        break;
                    }
                }
            }
            out.add(ingest.read(e, catalogue.origin(), "/analyses/" + i, root, notes));
            events.progress("HEPData records", i + 1, catalogue.analyses().size(), e.id());
        }
        for (IngestNotes.Note n : notes.list()) {
            log.note(n.analysis() + ": " + relative(n.message(), roots));
        }
        return out;
    }

    /** $PROTOMODELS_CACHE, else $XDG_CACHE_HOME/protomodels, else ~/.cache/protomodels; then /hepdata. */
    static Path cacheDir() {
        String own = System.getenv("PROTOMODELS_CACHE");
        if (own != null && !own.isBlank()) {
            return Path.of(own).resolve("hepdata");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("protomodels").resolve("hepdata");
    }

    /** Outputs carry no absolute paths: strip the data roots from reader messages. */
    static String relative(String message, List<Path> roots) {
        String m = message;
        for (Path r : roots) {
            String prefix = r.toAbsolutePath().normalize() + java.io.File.separator;
            m = m.replace(prefix, "");
        }
        return m;
    }

    static List<CrossSectionTable> readCrossSections(Path dir, IngestLog log) {
        if (!Files.isDirectory(dir)) {
            throw new InputMissingException("--xsec " + dir + ": not a folder");
        }
        return CrossSectionTableReader.readAll(dir, item -> log.skipped("xsec:" + relative(item.path(), List.of(dir)),
                relative(item.reason(), List.of(dir))));
    }

    static Map<String, List<String>> readCombinations(Path dir, IngestLog log) {
        return CombinationMatrixReader.read(dir);
    }
}

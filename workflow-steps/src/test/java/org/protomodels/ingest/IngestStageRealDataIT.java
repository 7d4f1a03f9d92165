package org.protomodels.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Analysis;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.step.EventSink;
import org.protomodels.testing.SharedData;

/** The ingest stage on real data: the full SModelS 1.2.4 database and a HEPData record through the catalogue. */
class IngestStageRealDataIT {
    @Test
    void run_fullDatabase124_countsMatchFilesAndTwoRunsAreByteIdentical(@TempDir Path dir) throws Exception {
        Path archive = SharedData.require("data/smodels/database-v1.2.4-paper2020/smodels-database-v1.2.4.tar.xz");
        Path db = dir.resolve("db");
        unpack(archive, db);
        Path root = Files.list(db).filter(Files::isDirectory).findFirst().orElse(db);
        if (!Files.exists(root.resolve("version"))) {
            root = db;
        }
        // counted independently of the reader: one globalInfo.txt per analysis, one dataInfo.txt per dataset
        long analyses;
        long datasets;
        try (var w = Files.walk(root)) {
            analyses = w.filter(p -> p.getFileName().toString().equals("globalInfo.txt")).count();
        }
        try (var w = Files.walk(root)) {
            datasets = w.filter(p -> p.getFileName().toString().equals("dataInfo.txt")).count();
        }
        Path xsec = SharedData.require("data/smodels/xsecTables");
        Path comb = SharedData.require("data/smodels/combinations");
        IngestStage stage = new IngestStage(EventSink.NONE);
        long t0 = System.nanoTime();
        IngestResult r = stage.run(new IngestInputs(List.of(root), List.of(), null, xsec, comb, null, false, dir.resolve("a")));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf("ingest of the full 1.2.4 database (+xsec, +combinations): %.1f s wall%n", seconds);
        assertEquals(analyses, r.report().counts().analyses(), "analyses = globalInfo.txt files");
        assertEquals(datasets, r.report().counts().datasets(), "datasets = dataInfo.txt files");
        assertEquals(14, r.report().counts().crossSectionTables(), "the 14 reference tables");
        Database back = DatabaseIO.read(r.databaseFile());
        assertEquals(r.database(), back, "database.json reads back to the same records");
        stage.run(new IngestInputs(List.of(root), List.of(), null, xsec, comb, null, false, dir.resolve("b")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/database.json")), Files.readAllBytes(dir.resolve("b/database.json")),
                "same inputs, same bytes");
    }

    @Test
    void run_cmsSus18002ThroughTheProjectCatalogue_hasRegionsCovarianceAndMaps(@TempDir Path dir) {
        Path data = SharedData.require("data");
        Path catalogue = Path.of("../database/catalogue.yaml");
        IngestResult r = new IngestStage(EventSink.NONE).run(new IngestInputs(List.of(), List.of(data), catalogue, null,
                null, SharedData.require("schemas/hepdata"), false, dir));
        Analysis a = r.database().analysis("CMS-SUS-18-002");
        assertNotNull(a);
        assertEquals(25, a.datasets().stream().filter(d -> d.counts() != null).count(), "25 signal regions");
        assertEquals(25, a.covariance().size(), "25 x 25 covariance");
        assertEquals(4, a.dataset("data").txNames().size(), "4 upper-limit maps");
        assertTrue(r.report().warnings().isEmpty(), "validated against the official schemas: " + r.report().warnings());
    }

    static void unpack(Path archive, Path target) throws Exception {
        try (InputStream in = new XZCompressorInputStream(new java.io.BufferedInputStream(Files.newInputStream(archive)));
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path p = target.resolve(e.getName()).normalize();
                if (!p.startsWith(target)) {
                    throw new IllegalStateException("archive member outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(p);
                } else if (e.isFile()) {
                    Files.createDirectories(p.getParent());
                    Files.copy(tar, p);
                }
            }
        }
    }
}

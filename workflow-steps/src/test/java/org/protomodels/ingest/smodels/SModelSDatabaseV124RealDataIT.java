package org.protomodels.ingest.smodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.testing.SharedData;

/**
 * The whole SModelS database v1.2.4 used by the 2020 protomodels paper (5101 files, 330 MB of text), unpacked into a
 * temporary folder: counts against the file tree, grids against the text, and the read time (printed, not asserted).
 */
class SModelSDatabaseV124RealDataIT {
    @TempDir
    static Path tmp;

    static Path root;
    static SModelSDatabase db;
    static final List<SkippedItem> SKIPPED = new ArrayList<>();

    @BeforeAll
    static void unpackAndRead() throws IOException {
        Path archive = SharedData.require("data/smodels/database-v1.2.4-paper2020/smodels-database-v1.2.4.tar.xz");
        int files = unpack(archive, tmp);
        assertEquals(5101, files, "MANIFEST: the archive holds 5101 files");
        root = tmp.resolve("smodels-database");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        db = SModelSTextReader.read(root, SKIPPED::add);
        long t1 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        System.out.printf("SModelS database v1.2.4: read %d analyses in %.2f s wall, %.2f s CPU (%d processors)%n",
                db.analyses().size(), (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, Runtime.getRuntime().availableProcessors());
    }

    private static int unpack(Path archive, Path target) throws IOException {
        int n = 0;
        try (InputStream in = new XZCompressorInputStream(new BufferedInputStream(Files.newInputStream(archive)));
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("archive entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else if (e.isFile()) {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out);
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void read_v124_countsMatchTheFileTree() throws IOException {
        TextOracle.Counts expected = TextOracle.count(root);
        assertEquals("1.2.4", db.version());
        int datasets = 0;
        int txNames = 0;
        for (Analysis a : db.analyses()) {
            datasets += a.datasets().size();
            for (DataSet d : a.datasets()) {
                txNames += d.txNames().size();
            }
        }
        System.out.printf("SModelS database v1.2.4: %d analyses, %d datasets, %d txNames (file tree: %d, %d, %d)%n",
                db.analyses().size(), datasets, txNames, expected.analyses(), expected.datasets(), expected.txNames());
        assertEquals(expected.analyses(), db.analyses().size(), "analyses = globalInfo.txt files");
        assertEquals(expected.datasets(), datasets, "datasets = dataInfo.txt files");
        assertEquals(expected.txNames(), txNames, "txNames = txt files in dataset folders");
    }

    @Test
    void read_v124_gridsMatchTheTextForASample() throws IOException {
        List<Path> files = TextOracle.count(root).txNameFiles();
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < files.size(); i += 15) {
            sample.add(files.get(i));
        }
        sample.add(files.get(files.size() - 1));
        SModelSTextReaderRealDataIT.checkAgainstText(root, db.analyses(), sample);
    }

    @Test
    void read_v124_eachDatasetTypeHasItsMaps() {
        for (Analysis a : db.analyses()) {
            assertTrue(a.sqrts() == 8.0 || a.sqrts() == 13.0, a.id() + " sqrts " + a.sqrts());
            for (DataSet d : a.datasets()) {
                boolean em = d.dataType() == DataType.EFFICIENCY_MAP;
                assertEquals(em, d.counts() != null, a.id() + ":" + d.id() + " counts");
                d.txNames().forEach(t -> assertEquals(em, t.efficiencyMap() != null, a.id() + ":" + d.id() + ":" + t.name()));
            }
        }
    }

    @Test
    void read_v124_spotChecksAgainstTheInfoFiles() throws IOException {
        Analysis agg = SModelSTextReaderRealDataIT.find(db.analyses(), "CMS-PAS-SUS-16-052-agg");
        assertEquals(17, agg.covariance().size(), "datasetOrder ar1..ar17");
        String cov = TextOracle.field(root.resolve("13TeV/CMS/CMS-PAS-SUS-16-052-agg/globalInfo.txt"), "covariance");
        String[] row0 = cov.substring(2, cov.indexOf(']')).split(",");
        assertRelClose(Double.parseDouble(row0[1].strip()), agg.covariance().matrix()[0][1], 0,
                "CMS-PAS-SUS-16-052-agg covariance[0][1]");
        assertEquals(List.of("ar1", "ar2"), agg.covariance().datasetOrder().subList(0, 2));
        long superseded = db.analyses().stream().filter(a -> a.supersededBy() != null).count();
        long files = 0;
        try (var s = Files.walk(root)) {
            for (Path p : s.filter(p -> p.getFileName().toString().equals("globalInfo.txt")).toList()) {
                if (TextOracle.field(p, "supersededBy") != null) {
                    files++;
                }
            }
        }
        assertEquals(files, superseded, "analyses with supersededBy");
        assertTrue(SKIPPED.stream().anyMatch(s -> s.path().endsWith("ATLAS-SUSY-2018-31-eff/BkgOnlyA.json")),
                "json files named by jsonFiles but not shipped in the archive are reported");
    }
}

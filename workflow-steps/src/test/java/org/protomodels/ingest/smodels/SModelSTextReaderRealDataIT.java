package org.protomodels.ingest.smodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Grid;
import org.protomodels.database.TxName;
import org.protomodels.database.WorkspaceRef;
import org.protomodels.step.InvalidInputException;
import org.protomodels.testing.SharedData;

/** The reader on the real SModelS databases in the shared data (MANIFEST section 3). */
class SModelSTextReaderRealDataIT {
    private static int txNames(Analysis a) {
        return a.datasets().stream().mapToInt(d -> d.txNames().size()).sum();
    }

    private static int txNames(List<Analysis> as) {
        return as.stream().mapToInt(SModelSTextReaderRealDataIT::txNames).sum();
    }

    private static int datasets(List<Analysis> as) {
        return as.stream().mapToInt(a -> a.datasets().size()).sum();
    }

    // ---- protomodels toy database (format 1.2.4)

    @Test
    void read_toyDatabase_countsMatchTheFileTree() throws IOException {
        Path root = SharedData.require("data/smodels/protomodels-toy-database");
        List<SkippedItem> skipped = new ArrayList<>();
        SModelSDatabase db = SModelSTextReader.read(root, skipped::add);
        TextOracle.Counts expected = TextOracle.count(root);
        assertEquals("1.2.4", db.version(), "toy database version file");
        assertEquals(3, db.analyses().size(), "MANIFEST 3: the toy database has 3 analyses");
        assertEquals(expected.analyses(), db.analyses().size(), "globalInfo.txt files");
        assertEquals(expected.datasets(), datasets(db.analyses()), "dataInfo.txt files");
        assertEquals(expected.txNames(), txNames(db.analyses()), "txName files");
        assertEquals(List.of("ATLAS-SUSY-2016-16-eff", "CMS-SUS-16-050", "CMS-SUS-19-006"),
                db.analyses().stream().map(Analysis::id).toList());
        assertEquals(List.of("README.rst", "database.bib"), skipped.stream().map(SkippedItem::path).sorted().toList());
    }

    @Test
    void read_toyDatabase_tnMedCountsAndLimitsFromTheTabCommentLine() throws IOException {
        Path root = SharedData.require("data/smodels/protomodels-toy-database");
        Path info = root.resolve("13TeV/ATLAS/ATLAS-SUSY-2016-16-eff/tN_med/dataInfo.txt");
        Analysis a = find(SModelSTextReader.read(root, s -> { }).analyses(), "ATLAS-SUSY-2016-16-eff");
        DataSet tnMed = a.dataset("tN_med");
        assertNotNull(tnMed, "dataset tN_med");
        assertEquals(DataType.EFFICIENCY_MAP, tnMed.dataType());
        var c = tnMed.counts();
        String ref = "toy ATLAS-SUSY-2016-16-eff/tN_med/dataInfo.txt";
        assertRelClose(50, c.observedN(), 0, ref + " observedN (MANIFEST: 50)");
        assertRelClose(36.3, c.expectedBG(), 0, ref + " expectedBG (MANIFEST: 36.3)");
        assertRelClose(6.6, c.bgError(), 0, ref + " bgError (MANIFEST: 6.6)");
        assertRelClose(0.861, c.upperLimit(), 0, ref + " upperLimit 0.861*fb<TAB># comment");
        assertRelClose(0.528, c.expectedUpperLimit(), 0, ref + " expectedUpperLimit 0.528*fb<TAB># comment");
        assertTrue(TextOracle.field(info, "upperLimit").contains("\t#"), "the UL line carries a tab + # comment");
        assertEquals(1.0, 36.0 / a.luminosity(), 0.0, "lumi: 36/fb");
        assertEquals(13.0, a.sqrts(), 0.0, "sqrts: 13*TeV");
    }

    @Test
    void read_toyDatabase_gridsMatchTheTextPointByPoint() throws IOException {
        Path root = SharedData.require("data/smodels/protomodels-toy-database");
        List<Analysis> as = SModelSTextReader.read(root, s -> { }).analyses();
        checkAgainstText(root, as, TextOracle.count(root).txNameFiles());
        TxName t2tt = find(as, "CMS-SUS-16-050").dataset("data").txNames().stream()
                .filter(t -> t.name().equals("T2tt")).findFirst().orElseThrow();
        // first line of toy CMS-SUS-16-050/data/T2tt.txt: [[[[2.1250E+02*GeV,0.0000E+00*GeV],[...]],1.8772E+02*pb]
        assertRelClose(187720.0, t2tt.upperLimits().values()[0], 1e-15, "toy CMS-SUS-16-050 T2tt first UL, pb -> fb");
        assertEquals(212.5, t2tt.upperLimits().points()[0][0], 0.0, "toy CMS-SUS-16-050 T2tt first mother mass");
        assertNotNull(t2tt.expectedUpperLimits(), "MANIFEST: SUS-16-050 has expected ULs");
    }

    // ---- SModelS database release 3.0.0

    @Test
    void read_release300_readsCovarianceThirdMomentsAndWorkspaces() throws IOException {
        Path root = SharedData.require("data/smodels/database-release-3.0.0");
        List<SkippedItem> skipped = new ArrayList<>();
        SModelSDatabase db = SModelSTextReader.read(root, skipped::add);
        TextOracle.Counts expected = TextOracle.count(root);
        assertEquals("3.0.0", db.version());
        assertEquals(expected.analyses(), db.analyses().size(), "globalInfo.txt files");
        assertEquals(expected.datasets(), datasets(db.analyses()), "dataInfo.txt files");
        assertEquals(expected.txNames(), txNames(db.analyses()), "txName files");

        Analysis exo = find(db.analyses(), "CMS-EXO-20-004-eff");
        assertEquals(66, exo.datasets().size(), "MANIFEST: 66 SRs");
        assertEquals(66, exo.covariance().size(), "MANIFEST: 66x66 covariance");
        String covText = TextOracle.field(root.resolve("13TeV/CMS/CMS-EXO-20-004-eff/globalInfo.txt"), "covariance");
        String[] firstRow = covText.substring(2, covText.indexOf(']')).split(",");
        for (int j = 0; j < 66; j++) {
            assertRelClose(Double.parseDouble(firstRow[j].strip()), exo.covariance().matrix()[0][j], 0,
                    "CMS-EXO-20-004 globalInfo covariance[0][" + j + "]");
        }
        assertEquals("SR_2016_1", exo.covariance().datasetOrder().get(0));
        assertEquals(exo.covariance().datasetOrder(), exo.datasets().stream().map(DataSet::id).toList(),
                "datasets in datasetOrder");
        TxName trs1 = exo.dataset("SR_2016_1").txNames().stream().filter(t -> t.name().equals("TRS1")).findFirst().orElseThrow();
        assertEquals("graph", trs1.constraint().notation());
        assertEquals("mass(H0(1))", trs1.efficiencyMap().axes().get(0).label());

        Analysis hh = find(db.analyses(), "CMS-SUS-20-004-eff");
        assertEquals(22, hh.datasets().size(), "MANIFEST: 22 SRs");
        for (DataSet d : hh.datasets()) {
            Path info = root.resolve("13TeV/CMS/CMS-SUS-20-004-eff/" + d.id() + "/dataInfo.txt");
            assertRelClose(Double.parseDouble(TextOracle.field(info, "thirdMoment")), d.counts().thirdMoment(), 0,
                    "CMS-SUS-20-004 " + d.id() + " thirdMoment");
        }
        assertEquals(22, hh.covariance().size());

        Analysis sb = find(db.analyses(), "ATLAS-SUSY-2018-31-eff");
        assertEquals(List.of("simplifiedA.json", "simplifiedB.json", "simplifiedC.json"),
                sb.workspaces().stream().map(w -> Path.of(w.path()).getFileName().toString()).toList());
        for (WorkspaceRef w : sb.workspaces()) {
            assertEquals(sha256(root.resolve(w.path())), w.sha256(), "sha256 of " + w.path());
        }
        assertEquals(List.of("SRA_L", "SRA_M", "SRA_H"),
                sb.workspaces().get(0).regions().stream().map(WorkspaceRef.Region::smodels).toList());
        assertTrue(sb.info().get("jsonFiles_FullLikelihood").contains("BkgOnlyA.json"));
        assertEquals(0, sb.workspaces().get(1).regions().stream().filter(r -> !r.type().equals("SR")).count());
    }

    // ---- SModelS's own broken database

    @Test
    void read_brokenDatabase_isRefusedNamingTheDuplicateTxName() {
        Path root = SharedData.require("data/smodels/bad-input/smodels-test-databaseBroken");
        var e = assertThrows(InvalidInputException.class, () -> SModelSTextReader.read(root, s -> { }));
        assertTrue(e.problem().contains("txName THSCPM2 is declared twice"), e.getMessage());
        assertTrue(e.problem().contains("c000/THSCPM2.txt") && e.problem().contains("c000/THSCPM2broken.txt"), e.getMessage());
        assertTrue(e.file().endsWith("THSCPM2broken.txt"), e.file());
    }

    // ---- helpers shared with the v1.2.4 test

    static Analysis find(List<Analysis> as, String id) {
        return as.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("analysis " + id + " not read"));
    }

    /** Every txName file's grids against the naive per-line reading: point count, first and last point. */
    static void checkAgainstText(Path root, List<Analysis> as, List<Path> files) throws IOException {
        java.util.Map<String, TxName> byFile = new java.util.HashMap<>();
        for (Analysis a : as) {
            String folder = a.source().substring("smodels:".length());
            for (DataSet d : a.datasets()) {
                for (TxName t : d.txNames()) {
                    byFile.put(folder + "/" + datasetFolder(root, folder, d) + "/" + t.name(), t);
                }
            }
        }
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            String txName = TextOracle.field(f, "txName");
            String key = rel.substring(0, rel.lastIndexOf('/')) + "/" + txName;
            TxName t = byFile.get(key);
            assertNotNull(t, "txName of " + rel);
            if (t.upperLimits() != null) {
                compare(TextOracle.points(f, "upperLimits"), t.upperLimits(), rel + " upperLimits");
            }
            if (t.expectedUpperLimits() != null) {
                compare(TextOracle.points(f, "expectedUpperLimits"), t.expectedUpperLimits(), rel + " expectedUpperLimits");
            }
            if (t.efficiencyMap() != null) {
                compare(TextOracle.points(f, "efficiencyMap"), t.efficiencyMap(), rel + " efficiencyMap");
            }
        }
    }

    private static String datasetFolder(Path root, String analysisFolder, DataSet d) throws IOException {
        try (var s = Files.list(root.resolve(analysisFolder))) {
            for (Path p : s.toList()) {
                Path info = p.resolve("dataInfo.txt");
                if (Files.exists(info)) {
                    String id = TextOracle.field(info, "dataId");
                    String norm = id == null || id.equals("None") ? "data" : id.replace("'", "").replace("\"", "");
                    if (norm.equals(d.id())) {
                        return p.getFileName().toString();
                    }
                }
            }
        }
        throw new AssertionError("no folder for dataset " + d.id() + " in " + analysisFolder);
    }

    private static void compare(List<TextOracle.Point> text, Grid g, String ref) {
        assertEquals(text.size(), g.size(), ref + ": number of points (one per line in the file)");
        for (int i : new int[] {0, text.size() - 1}) {
            TextOracle.Point p = text.get(i);
            assertEquals(p.coordinates().length, g.points()[i].length, ref + " point " + i + " coordinates");
            for (int k = 0; k < p.coordinates().length; k++) {
                assertRelClose(p.coordinates()[k], g.points()[i][k], 1e-15, ref + " point " + i + " coordinate " + k);
            }
            assertRelClose(p.value(), g.values()[i], 1e-15, ref + " point " + i + " value");
        }
    }

    static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

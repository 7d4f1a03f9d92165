package org.protomodels.ingest.smodels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Experiment;
import org.protomodels.database.Grid;
import org.protomodels.database.GridAxis;
import org.protomodels.database.TxName;
import org.protomodels.step.InvalidInputException;

/** The reader on small inline databases written into a temporary folder: every syntax feature and every refusal. */
class SModelSTextReaderTest {
    @TempDir
    Path db;

    private final List<SkippedItem> skipped = new ArrayList<>();

    private void write(String rel, String text) throws IOException {
        Path p = db.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private SModelSDatabase read() {
        return SModelSTextReader.read(db, skipped::add);
    }

    private static final String UL_GLOBAL = """
            id: CMS-SUS-16-050
            sqrts: 13.0*TeV
            lumi: 35.9/fb
            url: http://cms-results.web.cern.ch/x/index.html
            private: False	# public result
            supersededBy: CMS-SUS-19-006
            combinableWith: ATLAS-SUSY-2016-07, CMS-SUS-16-033
            lastUpdate: 2018/2/16
            prettyName: 'hadronic stops'
            """;

    private void ulAnalysis() throws IOException {
        write("version", "1.2.4\n");
        write("13TeV/CMS/CMS-SUS-16-050/globalInfo.txt", UL_GLOBAL);
        write("13TeV/CMS/CMS-SUS-16-050/data/dataInfo.txt", "dataId: None\ndataType: upperLimit\n");
        write("13TeV/CMS/CMS-SUS-16-050/data/T2tt.txt", """
                txName: T2tt
                constraint: [[['t']],[['t']]]
                condition: None
                conditionDescription: None
                validated: True
                axes: [[x, y], [x, y]]
                upperLimits: [[[[2.1250E+02*GeV,0.0000E+00*GeV],[2.1250E+02*GeV,0.0000E+00*GeV]],1.8772E+02*pb],
                [[[2.2500E+02*GeV,1.2500E+01*GeV],[2.2500E+02*GeV,1.2500E+01*GeV]],4.3200E+01*pb],
                [[[3.0*TeV,0.5*TeV],[3.0*TeV,0.5*TeV]],0.25*fb]]
                expectedUpperLimits: [[[[2.1250E+02*GeV,0.0000E+00*GeV],[2.1250E+02*GeV,0.0000E+00*GeV]],120.5*fb]]
                """);
    }

    @Test
    void read_upperLimitResult_normalisesUnitsAndKeepsPointOrder() throws IOException {
        ulAnalysis();
        SModelSDatabase d = read();
        assertEquals("1.2.4", d.version());
        Analysis a = d.analyses().get(0);
        assertEquals("CMS-SUS-16-050", a.id());
        assertEquals(Experiment.CMS, a.experiment());
        assertEquals(13.0, a.sqrts(), 0.0);
        assertEquals(35.9, a.luminosity(), 0.0);
        assertEquals("smodels:13TeV/CMS/CMS-SUS-16-050", a.source());
        assertEquals("CMS-SUS-19-006", a.supersededBy());
        assertFalse(a.privateResult());
        assertEquals(List.of("ATLAS-SUSY-2016-07", "CMS-SUS-16-033"), a.combinableWith());
        assertEquals("http://cms-results.web.cern.ch/x/index.html", a.info().get("url"));
        assertEquals("2018/2/16", a.info().get("lastUpdate"));
        assertEquals("hadronic stops", a.info().get("prettyName"));
        assertEquals("CMS-SUS-16-050", a.info().get("id"));
        DataSet ds = a.datasets().get(0);
        assertEquals("data", ds.id());
        assertEquals(DataType.UPPER_LIMIT, ds.dataType());
        TxName t = ds.txNames().get(0);
        assertEquals("T2tt", t.name());
        assertEquals(List.of("MET", "MET"), t.finalState(), "SModelS default final state");
        assertEquals("True", t.validated());
        assertEquals("[[x, y], [x, y]]", t.info().get("axes"));
        assertNull(t.conditionDescription());
        assertEquals(List.of(), t.conditions());
        Grid ul = t.upperLimits();
        assertEquals(List.of("mass[0][0]", "mass[0][1]", "mass[1][0]", "mass[1][1]"),
                ul.axes().stream().map(GridAxis::label).toList());
        assertEquals(new GridAxis("mass[1][0]", "mass", "GeV", 1, 0, null), ul.axes().get(2));
        assertArrayEquals(new double[] {212.5, 0.0, 212.5, 0.0}, ul.points()[0], 0.0);
        assertArrayEquals(new double[] {3000.0, 500.0, 3000.0, 500.0}, ul.points()[2], 0.0, "TeV -> GeV");
        assertArrayEquals(new double[] {1.8772E+02 * 1000, 4.3200E+01 * 1000, 0.25}, ul.values(), 0.0, "pb x 1000 = fb");
        assertEquals("fb", ul.valueUnit());
        assertEquals(120.5, t.expectedUpperLimits().values()[0], 0.0);
        assertNull(t.efficiencyMap());
    }

    @Test
    void read_efficiencyMap_readsCountsWidthsAndStarBranches() throws IOException {
        write("version", "2.1.0");
        write("13TeV/CMS/CMS-PAS-EXO-16-036-eff/globalInfo.txt", "id: CMS-PAS-EXO-16-036\nsqrts: 13*TeV\nlumi: 12.9/fb\n");
        write("13TeV/CMS/CMS-PAS-EXO-16-036-eff/c000/dataInfo.txt", """
                dataId: c000
                dataType: efficiencyMap
                observedN: 5
                expectedBG: 2.63
                bgError: 0.53
                upperLimit: 0.625*fb\t# official
                expectedUpperLimit: 0.00036*pb
                thirdMoment: -0.5
                combinableWith: ['CMS-SUS-16-033:SR1', 'CMS-SUS-16-033:SR2']
                """);
        write("13TeV/CMS/CMS-PAS-EXO-16-036-eff/c000/THSCPM2.txt", """
                txName: THSCPM2
                constraint: [[*],[]]
                condition: None
                finalState: ['MET', 'HSCP']
                validated: N/A
                efficiencyMap: [[['*',[1.5000E+02*GeV]],0.12396],
                [['*',[1.0000E+02*GeV]],0.058038]]
                """);
        write("13TeV/CMS/CMS-PAS-EXO-16-036-eff/c000/THSCPM4.txt", """
                txName: THSCPM4
                constraint: [[['*']],[['*']]]
                condition: None
                finalState: ['HSCP', 'HSCP']
                efficiencyMap: [[[[(300*GeV,1e-17*GeV),(200.*GeV, 2e-16*GeV)],[(300*GeV,1e-17*GeV),(200*GeV,2e-16*GeV)]],0.2],
                [[[(400*GeV,1e-17*GeV),(200.*GeV, 2e-16*GeV)],[(400*GeV,1e-17*GeV),(200*GeV,2e-16*GeV)]],0.3]]
                """);
        Analysis a = read().analyses().get(0);
        assertEquals("CMS-PAS-EXO-16-036-eff", a.id(), "folder name: the -eff variant of the globalInfo id");
        assertEquals("CMS-PAS-EXO-16-036", a.info().get("id"));
        DataSet ds = a.datasets().get(0);
        assertEquals("c000", ds.id());
        assertEquals(5.0, ds.counts().observedN(), 0.0);
        assertEquals(2.63, ds.counts().expectedBG(), 0.0);
        assertEquals(0.53, ds.counts().bgError(), 0.0);
        assertEquals(0.625, ds.counts().upperLimit(), 0.0);
        assertEquals(0.36, ds.counts().expectedUpperLimit(), 1e-15, "0.00036 pb = 0.36 fb");
        assertEquals(-0.5, ds.counts().thirdMoment(), 0.0);
        assertEquals(List.of("CMS-SUS-16-033:SR1", "CMS-SUS-16-033:SR2"), ds.combinableWith());
        TxName star = ds.txNames().get(0);
        assertEquals(List.of(List.of(ConstraintParser.INCLUSIVE_BRANCH)), star.constraint().terms().get(0).branches().get(0));
        Grid g = star.efficiencyMap();
        assertEquals(List.of(new GridAxis("mass[1][0]", "mass", "GeV", 1, 0, null)), g.axes(), "no coordinates for a * branch");
        assertArrayEquals(new double[] {0.12396, 0.058038}, g.values(), 0.0);
        assertEquals("", g.valueUnit());
        Grid w = ds.txNames().get(1).efficiencyMap();
        assertEquals(List.of("mass[0][0]", "width[0][0]", "mass[0][1]", "width[0][1]", "mass[1][0]", "width[1][0]",
                "mass[1][1]", "width[1][1]"), w.axes().stream().map(GridAxis::label).toList());
        assertArrayEquals(new double[] {400, 1e-17, 200, 2e-16, 400, 1e-17, 200, 2e-16}, w.points()[1], 0.0);
    }

    @Test
    void read_graphNotation_mapsFlatPointsThroughTheDataMap() throws IOException {
        write("version", "3.0.0");
        write("13TeV/CMS/CMS-EXO-20-004-eff/globalInfo.txt", "id: CMS-EXO-20-004\nsqrts: 13*TeV\nlumi: 137.0/fb\n");
        write("13TeV/CMS/CMS-EXO-20-004-eff/SR1/dataInfo.txt",
                "dataId: SR1\ndataType: efficiencyMap\nobservedN: 136865\nexpectedBG: 135004.8633\nbgError: 3514.6\n");
        write("13TeV/CMS/CMS-EXO-20-004-eff/SR1/TRS1.txt", """
                txName: TRS1
                constraint: {(PV > H0(1)), (H0(1) > MET(2),MET(3))}
                condition: None
                axesMap: [{0: 'x', 1: 'y', 2: 'y'}]
                dataMap: {0: (1, 'mass', GeV), 1: (2, 'mass', TeV), 2: (3, 'totalwidth', GeV)}
                finalState: ['MET', 'MET']
                intermediateState: None
                efficiencyMap: [[[100.0,1.0,1e-3],0.0004651933],
                [[150.0,0.05*TeV,1e-3],0.0007751826]]
                """);
        TxName t = read().analyses().get(0).datasets().get(0).txNames().get(0);
        assertEquals("graph", t.constraint().notation());
        Grid g = t.efficiencyMap();
        assertEquals(List.of(new GridAxis("mass(H0(1))", "mass", "GeV", null, null, 1),
                new GridAxis("mass(MET(2))", "mass", "GeV", null, null, 2),
                new GridAxis("width(MET(3))", "width", "GeV", null, null, 3)), g.axes());
        assertArrayEquals(new double[] {100.0, 1000.0, 1e-3}, g.points()[0], 0.0, "unitless x1 in TeV per dataMap");
        assertArrayEquals(new double[] {150.0, 50.0, 1e-3}, g.points()[1], 0.0, "explicit unit wins");
        assertEquals("{0: 'x', 1: 'y', 2: 'y'}".length() > 0, t.info().containsKey("axesMap"));
    }

    @Test
    void read_covarianceJsonFilesAndDatasetOrder_areRecorded() throws IOException {
        write("version", "2.1.0");
        write("13TeV/ATLAS/ATLAS-SUSY-2018-31-eff/globalInfo.txt", """
                id: ATLAS-SUSY-2018-31
                sqrts: 13*TeV
                lumi: 139.0/fb
                datasetOrder: "SRB", "SRA"
                covariance: [[4.0, 1.0],
                  [1.0, 9.0]]
                jsonFiles: {'simplified.json': ['SRA', {'smodels': 'SRB', 'pyhf': 'SR_B'}, {'pyhf': 'CR1', 'type': 'CR'}],
                  'missing.json': ['SRA']}
                """);
        write("13TeV/ATLAS/ATLAS-SUSY-2018-31-eff/simplified.json", "{\"channels\": []}\n");
        for (String sr : List.of("SRA", "SRB")) {
            write("13TeV/ATLAS/ATLAS-SUSY-2018-31-eff/" + sr + "/dataInfo.txt",
                    "dataId: " + sr + "\ndataType: efficiencyMap\nobservedN: 2\nexpectedBG: 3.0\nbgError: 1.5\n");
            write("13TeV/ATLAS/ATLAS-SUSY-2018-31-eff/" + sr + "/T6bbHH.txt",
                    "txName: T6bbHH\nconstraint: [[['b'],['higgs']],[['b'],['higgs']]]\n"
                            + "efficiencyMap: [[[[1300*GeV,205*GeV,60*GeV],[1300*GeV,205*GeV,60*GeV]],0.014566]]\n");
        }
        Analysis a = read().analyses().get(0);
        assertEquals(List.of("SRB", "SRA"), a.datasets().stream().map(DataSet::id).toList(), "datasetOrder first");
        assertEquals(List.of("SRB", "SRA"), a.covariance().datasetOrder());
        assertArrayEquals(new double[] {1.0, 9.0}, a.covariance().matrix()[1], 0.0);
        assertEquals(1, a.workspaces().size());
        assertTrue(a.info().get("jsonFiles").contains("missing.json"), "jsonFiles kept as written");
        var ws = a.workspaces().get(0);
        assertEquals("13TeV/ATLAS/ATLAS-SUSY-2018-31-eff/simplified.json", ws.path());
        assertEquals(sha256(db.resolve(ws.path())), ws.sha256());
        assertEquals(List.of(new org.protomodels.database.WorkspaceRef.Region("SRA", "SRA", "SR"),
                new org.protomodels.database.WorkspaceRef.Region("SRB", "SR_B", "SR"),
                new org.protomodels.database.WorkspaceRef.Region(null, "CR1", "CR")), ws.regions());
        assertTrue(skipped.stream().anyMatch(s -> s.path().endsWith("missing.json") && s.reason().contains("not present")),
                skipped.toString());
    }

    @Test
    void read_filesOutsideTheFormat_areSkippedWithAReason() throws IOException {
        ulAnalysis();
        write("README.rst", "hello");
        write("13TeV/CMS/CMS-SUS-16-050/orig/T2tt.root.txt", "x");
        write("13TeV/CMS/CMS-SUS-16-050/overview.txt", "x");
        write("13TeV/CMS/CMS-SUS-16-050/data/notes.txt", "some notes: without a txName field\n");
        write("13TeV/CMS/CMS-SUS-16-050/data/plot.png", "png");
        SModelSDatabase d = read();
        assertEquals(1, d.analyses().get(0).datasets().get(0).txNames().size());
        List<String> paths = skipped.stream().map(SkippedItem::path).sorted().toList();
        assertEquals(List.of("13TeV/CMS/CMS-SUS-16-050/data/notes.txt", "13TeV/CMS/CMS-SUS-16-050/data/plot.png",
                "13TeV/CMS/CMS-SUS-16-050/orig/", "13TeV/CMS/CMS-SUS-16-050/overview.txt", "README.rst"), paths);
        assertTrue(skipped.stream().allMatch(s -> !s.reason().isBlank()));
    }

    @Test
    void read_repeatedInfoTag_isIgnoredAndReported() throws IOException {
        ulAnalysis();
        write("13TeV/CMS/CMS-SUS-16-050/globalInfo.txt", UL_GLOBAL + "url: http://other\n");
        Analysis a = read().analyses().get(0);
        assertNull(a.info().get("url"));
        assertTrue(skipped.stream().anyMatch(s -> s.path().equals("13TeV/CMS/CMS-SUS-16-050/globalInfo.txt:4")
                && s.reason().contains("'url' written 2 times")), skipped.toString());
    }

    @Test
    void read_resultDoesNotDependOnParallelism() throws IOException {
        ulAnalysis();
        for (int i = 0; i < 6; i++) {
            write("13TeV/CMS/CMS-SUS-16-050/data/T" + i + ".txt", "txName: T" + i + "\nconstraint: [[['b']],[['b']]]\n"
                    + "upperLimits: [[[[" + (100 + i) + "*GeV,0*GeV],[" + (100 + i) + "*GeV,0*GeV]]," + i + ".5*fb]]\n");
        }
        var one = SModelSTextReader.read(db, s -> { }, 1).analyses();
        var four = SModelSTextReader.read(db, s -> { }, 4).analyses();
        assertEquals(one, four);
        assertEquals(7, one.get(0).datasets().get(0).txNames().size());
    }

    // ---- refusals: each names the file, the line and the field

    private InvalidInputException refused() {
        return assertThrows(InvalidInputException.class, this::read);
    }

    @Test
    void read_unknownUnitInData_namesFileLineAndField() throws IOException {
        ulAnalysis();
        write("13TeV/CMS/CMS-SUS-16-050/data/T2bb.txt", "txName: T2bb\nconstraint: [[['b']],[['b']]]\n"
                + "upperLimits: [[[[300*GeV,0*GeV],[300*GeV,0*GeV]],1.0*pb],\n[[[400*GeV,0*GeV],[400*GeV,0*GeV]],2.0*ab]]\n");
        var e = refused();
        assertTrue(e.file().endsWith("13TeV/CMS/CMS-SUS-16-050/data/T2bb.txt"), e.file());
        assertEquals(":4", e.location());
        assertTrue(e.problem().startsWith("upperLimits: unknown unit 'ab'"), e.problem());
    }

    @Test
    void read_unknownUnitInDataInfo_namesFileLineAndField() throws IOException {
        write("version", "1");
        write("8TeV/ATLAS/ATLAS-X/globalInfo.txt", "id: ATLAS-X\nsqrts: 8*TeV\nlumi: 20.3/fb\n");
        write("8TeV/ATLAS/ATLAS-X/SR1/dataInfo.txt",
                "dataId: SR1\ndataType: efficiencyMap\nobservedN: 5\nexpectedBG: 2\nbgError: 1\nupperLimit: 0.3*ab\n");
        var e = refused();
        assertTrue(e.file().endsWith("ATLAS-X/SR1/dataInfo.txt"), e.file());
        assertEquals(":6", e.location());
        assertTrue(e.problem().contains("upperLimit") && e.problem().contains("unknown unit 'ab'"), e.problem());
    }

    @Test
    void read_negativeOrNanCount_isRefused() throws IOException {
        write("version", "1");
        write("8TeV/ATLAS/ATLAS-X/globalInfo.txt", "id: ATLAS-X\nsqrts: 8*TeV\nlumi: 20.3/fb\n");
        write("8TeV/ATLAS/ATLAS-X/SR1/dataInfo.txt",
                "dataId: SR1\ndataType: efficiencyMap\nobservedN: -5\nexpectedBG: 2\nbgError: 1\n");
        var e = refused();
        assertEquals(":3", e.location());
        assertTrue(e.problem().startsWith("observedN: must be >= 0"), e.problem());
        write("8TeV/ATLAS/ATLAS-X/SR1/dataInfo.txt",
                "dataId: SR1\ndataType: efficiencyMap\nobservedN: 5\nexpectedBG: nan\nbgError: 1\n");
        var n = refused();
        assertEquals(":4", n.location());
        assertTrue(n.problem().startsWith("expectedBG: not a finite number"), n.problem());
    }

    @Test
    void read_missingOrUnitlessSqrts_isRefused() throws IOException {
        write("version", "1");
        write("8TeV/ATLAS/ATLAS-X/globalInfo.txt", "id: ATLAS-X\nsqrts: 8\nlumi: 20.3/fb\n");
        var e = refused();
        assertEquals(":2", e.location());
        assertTrue(e.problem().startsWith("sqrts: expected an energy"), e.problem());
        write("8TeV/ATLAS/ATLAS-X/globalInfo.txt", "id: ATLAS-X\nlumi: 20.3/fb\n");
        assertTrue(refused().problem().startsWith("sqrts: required field is missing"));
    }

    @Test
    void read_duplicateTxName_namesBothFiles() throws IOException {
        ulAnalysis();
        write("13TeV/CMS/CMS-SUS-16-050/data/T2ttbroken.txt", "txName: T2tt\nconstraint: [[['t']],[['t']]]\n"
                + "upperLimits: [[[[300*GeV,0*GeV],[300*GeV,0*GeV]],1.0*pb]]\n");
        var e = refused();
        assertTrue(e.problem().contains("txName T2tt is declared twice"), e.problem());
        assertTrue(e.problem().contains("data/T2tt.txt") && e.problem().contains("data/T2ttbroken.txt"), e.problem());
    }

    @Test
    void read_wrongBlockForDataType_isRefused() throws IOException {
        ulAnalysis();
        write("13TeV/CMS/CMS-SUS-16-050/data/T2bb.txt", "txName: T2bb\nconstraint: [[['b']],[['b']]]\n"
                + "efficiencyMap: [[[[300*GeV,0*GeV],[300*GeV,0*GeV]],0.1]]\n");
        var e = refused();
        assertEquals(":3", e.location());
        assertTrue(e.problem().startsWith("efficiencyMap: found in an upper-limit dataset"), e.problem());
    }

    @Test
    void read_badDataPoints_areRefusedWithTheirLine() throws IOException {
        ulAnalysis();
        String head = "txName: T2bb\nconstraint: [[['b']],[['b']]]\n";
        write("13TeV/CMS/CMS-SUS-16-050/data/T2bb.txt", head
                + "upperLimits: [[[[300*GeV,0*GeV],[300*GeV,0*GeV]],1.0*pb],\n[[[400*GeV],[400*GeV,0*GeV]],2.0*pb]]\n");
        var shape = refused();
        assertEquals(":4", shape.location());
        assertTrue(shape.problem().contains("different shape"), shape.problem());
        write("13TeV/CMS/CMS-SUS-16-050/data/T2bb.txt", head
                + "upperLimits: [[[[300*GeV,0*GeV],[300*GeV,0*GeV]],1.0]]\n");
        assertTrue(refused().problem().contains("upper limit without unit"));
        write("13TeV/CMS/CMS-SUS-16-050/data/T2bb.txt", head
                + "upperLimits: [[[[300,0*GeV],[300*GeV,0*GeV]],1.0*pb]]\n");
        assertTrue(refused().problem().contains("mass without unit"));
        write("13TeV/CMS/CMS-SUS-16-050/data/T2bb.txt", head + "upperLimits: [[[300,0],1.0*pb]]\n");
        assertTrue(refused().problem().contains("need a dataMap"));
        write("13TeV/CMS/CMS-SUS-16-050/data/T2bb.txt", head
                + "upperLimits: [[[[300*GeV,0*GeV],[300*GeV,0*GeV]],-1.0*pb]]\n");
        assertTrue(refused().problem().contains("negative upper limit"));
        write("13TeV/CMS/CMS-SUS-16-050/data/T2bb.txt", head
                + "upperLimits: [[[[300*GeV,0*GeV],[300*GeV,0*GeV]],1.0*pb]\n");
        assertTrue(refused().problem().contains("unexpected end"));
        write("13TeV/CMS/CMS-SUS-16-050/data/T2bb.txt", head
                + "upperLimits: [[[[300*GeV,0*GeV],[300*GeV,0*GeV]],1.0*pb],\n[[[300*GeV,0*GeV],[300*GeV,0*GeV]],nan*pb]]\n");
        var nan = refused();
        assertEquals(":4", nan.location());
        assertTrue(nan.problem().startsWith("upperLimits: number expected, found 'nan"), nan.problem());
    }

    @Test
    void read_badConstraint_namesLineAndField() throws IOException {
        ulAnalysis();
        write("13TeV/CMS/CMS-SUS-16-050/data/T2bb.txt", "txName: T2bb\n\nconstraint: [[['b']],[['b']]\n"
                + "upperLimits: [[[[300*GeV,0*GeV],[300*GeV,0*GeV]],1.0*pb]]\n");
        var e = refused();
        assertEquals(":3", e.location());
        assertTrue(e.problem().startsWith("constraint: "), e.problem());
    }

    @Test
    void read_sameIdInTwoFolders_isRefused() throws IOException {
        ulAnalysis();
        write("13TeV/CMS/CMS-SUS-16-050-copy/globalInfo.txt", UL_GLOBAL.replace("CMS-SUS-16-050", "CMS-SUS-16-05"));
        write("13TeV/CMS/CMS-SUS-16-050-copy/data/dataInfo.txt", "dataId: None\ndataType: upperLimit\n");
        write("13TeV/CMS/CMS-SUS-16-050-copy2/globalInfo.txt", UL_GLOBAL.replace("CMS-SUS-16-050", "CMS-SUS-16-05"));
        write("13TeV/CMS/CMS-SUS-16-050-copy2/data/dataInfo.txt", "dataId: None\ndataType: upperLimit\n");
        var e = refused();
        assertTrue(e.problem().contains("analysis id CMS-SUS-16-05 is also used by"), e.problem());
    }

    private void twoRegions(String extraGlobal) throws IOException {
        write("version", "2.1.0");
        write("13TeV/ATLAS/ATLAS-X-eff/globalInfo.txt", "id: ATLAS-X\nsqrts: 13*TeV\nlumi: 139.0/fb\n" + extraGlobal);
        for (String sr : List.of("SRA", "SRB")) {
            write("13TeV/ATLAS/ATLAS-X-eff/" + sr + "/dataInfo.txt",
                    "dataId: " + sr + "\ndataType: efficiencyMap\nobservedN: 2\nexpectedBG: 3.0\nbgError: 1.5\n");
        }
    }

    @Test
    void read_badCovariance_namesTheGlobalInfo() throws IOException {
        twoRegions("datasetOrder: 'SRA', 'SRB'\ncovariance: [[4.0, 1.0], [2.0, 9.0]]\n");
        var asym = refused();
        assertTrue(asym.file().endsWith("ATLAS-X-eff/globalInfo.txt"), asym.file());
        assertTrue(asym.problem().contains("not symmetric"), asym.problem());
        twoRegions("datasetOrder: 'SRA', 'SRC'\ncovariance: [[4.0, 1.0], [1.0, 9.0]]\n");
        assertTrue(refused().problem().contains("datasetOrder names unknown dataset SRC"));
        twoRegions("covariance: [[4.0, 1.0], [1.0, 9.0]]\n");
        var noOrder = refused();
        assertEquals(":4", noOrder.location());
        assertTrue(noOrder.problem().startsWith("covariance: given without datasetOrder"), noOrder.problem());
    }

    @Test
    void read_jsonRegionWithoutName_isRefused() throws IOException {
        twoRegions("jsonFiles: {'a.json': [{'type': 'CR'}]}\n");
        var e = refused();
        assertEquals(":4", e.location());
        assertTrue(e.problem().startsWith("jsonFiles/a.json: pyhf"), e.problem());
    }

    @Test
    void read_graphCondition_isParsed() throws IOException {
        twoRegions("");
        write("13TeV/ATLAS/ATLAS-X-eff/SRA/TChiWZ.txt", """
                txName: TChiWZ
                constraint: {(PV > C1(1),N2(2)), (C1(1) > W,N1(3)), (N2(2) > Z,N1(4))}
                condition: Cgtr({(PV > C1(1),N2(2)), (C1(1) > W,N1(3)), (N2(2) > Z,N1(4))}, 0.5*{(PV > C1(1),N2(2)), (C1(1) > W,N1(3)), (N2(2) > higgs,N1(4))})
                dataMap: {0: (1, 'mass', GeV), 1: (3, 'mass', GeV)}
                efficiencyMap: [[[300.0, 100.0], 0.01]]
                """);
        TxName t = read().analyses().get(0).dataset("SRA").txNames().get(0);
        assertEquals("Cgtr", t.conditions().get(0).function());
        assertEquals(0.5, t.conditions().get(0).arguments().get(1).terms().get(0).coefficient(), 0.0);
        assertEquals("graph", t.conditions().get(0).arguments().get(0).notation());
        assertEquals(List.of("mass(C1(1))", "mass(N1(3))"), t.efficiencyMap().axes().stream().map(GridAxis::label).toList());
    }

    private static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

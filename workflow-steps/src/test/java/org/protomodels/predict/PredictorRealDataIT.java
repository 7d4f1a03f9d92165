package org.protomodels.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Analysis;
import org.protomodels.database.Constraint;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;
import org.protomodels.database.Experiment;
import org.protomodels.database.Grid;
import org.protomodels.database.TxName;
import org.protomodels.predict.model.Decay;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.SignalStrength;
import org.protomodels.predict.testdb.ConstraintText;
import org.protomodels.predict.testdb.TxNameFiles;
import org.protomodels.predict.testdb.XsecTableFiles;

/**
 * Predictions on real upper-limit maps of the v1.2.4 database (all 13 TeV UL txNames whose constraint the test-only
 * parser reads) with the real protomodels cross-section tables.
 */
class PredictorRealDataIT {
    static final String T2TT = "13TeV/CMS/CMS-SUS-16-050/data/T2tt.txt";
    static final String EM = "13TeV/ATLAS/ATLAS-SUSY-2016-07-eff/2j_Meff_1200/";
    static final List<String> ANALYSES = List.of("13TeV/CMS/CMS-SUS-16-050", "13TeV/CMS/CMS-SUS-16-049", "13TeV/CMS/CMS-SUS-16-051",
            "13TeV/CMS/CMS-SUS-17-001", "13TeV/ATLAS/ATLAS-SUSY-2016-07", "13TeV/ATLAS/ATLAS-SUSY-2016-16",
            "13TeV/CMS/CMS-SUS-16-033", "13TeV/CMS/CMS-SUS-16-036", "13TeV/ATLAS/ATLAS-SUSY-2016-15");

    @TempDir
    static Path dir;
    static Database db;
    static Map<String, Path> files;

    @BeforeAll
    static void load() throws Exception {
        Set<String> wanted = new TreeSet<>();
        for (String line : java.nio.file.Files.readAllLines(listing())) {
            for (String a : ANALYSES) {
                if (line.startsWith(a + "/data/") && line.endsWith(".txt") && !line.endsWith("dataInfo.txt")) {
                    wanted.add(line);
                }
            }
        }
        wanted.add(EM + "T5WW.txt");
        wanted.add(EM + "dataInfo.txt");
        files = TxNameFiles.unpack(dir, wanted);
        List<Analysis> analyses = new ArrayList<>();
        for (String a : ANALYSES) {
            List<TxName> txs = new ArrayList<>();
            for (var e : files.entrySet()) {
                if (!e.getKey().startsWith(a + "/")) {
                    continue;
                }
                Constraint c = ConstraintText.parse(TxNameFiles.header(e.getValue(), "constraint"));
                Grid ul;
                Grid eul;
                try {
                    ul = TxNameFiles.grid(e.getValue(), "upperLimits");
                    eul = TxNameFiles.grid(e.getValue(), "expectedUpperLimits");
                } catch (java.io.IOException | RuntimeException ex) {
                    continue;
                }
                if (c == null || ul == null) {
                    continue;
                }
                String name = TxNameFiles.header(e.getValue(), "txName");
                txs.add(new TxName(name, c, List.of(), null, null, "True", ul, eul, null, null));
            }
            String id = a.substring(a.lastIndexOf('/') + 1);
            analyses.add(new Analysis(id, Experiment.fromAnalysisId(id), 13, 36.1, "test", null, false, null,
                    List.of(new DataSet("data", DataType.UPPER_LIMIT, null, null, txs)), null, null, null));
        }
        db = Database.of("1.2.4-subset", analyses, Map.of(), XsecTableFiles.all());
    }

    /** The tarball's file list (names only), written once next to the unpacked files. */
    static Path listing() throws Exception {
        Path list = dir.resolve("list.txt");
        if (!java.nio.file.Files.exists(list)) {
            List<String> names = new ArrayList<>();
            try (var in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(
                    org.protomodels.testing.SharedData.require(TxNameFiles.TARBALL)));
                 var t = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(
                         new org.apache.commons.compress.compressors.xz.XZCompressorInputStream(in))) {
                org.apache.commons.compress.archivers.tar.TarArchiveEntry en;
                while ((en = t.getNextEntry()) != null) {
                    names.add(en.getName().replaceFirst("^smodels-database/", ""));
                }
            }
            java.nio.file.Files.write(list, names);
        }
        return list;
    }

    static ProtoModel stop() {
        return ProtoModel.of(Map.of(1000022, 200.0, 1000006, 800.0), List.of(new Decay(1000006, List.of(1000022, 6), 1.0)),
                List.of(new SignalStrength(-1000006, 1000006, 1.0)), null);
    }

    @Test
    void predict_stop800Lsp200_t2ttOfCmsSus16050MatchesMapPoint() throws Exception {
        Predictor predictor = Predictor.of(db, Predictor.Settings.protomodels());
        List<TheoryPrediction> ps = predictor.predict(stop());
        TheoryPrediction p = ps.stream().filter(x -> x.analysisId().equals("CMS-SUS-16-050") && x.txNames().equals(List.of("T2tt")))
                .findFirst().orElseThrow(() -> new AssertionError("no T2tt prediction: " + ps));
        double sigma = XsecTableFiles.at(XsecTableFiles.read("stop", 13), 800);
        assertRelClose(sigma, p.sigmaFb(), 1e-12, "xsecstop13.txt at 800 GeV x SSM 1 x BR 1");
        Grid ul = TxNameFiles.grid(files.get(T2TT), "upperLimits");
        Grid eul = TxNameFiles.grid(files.get(T2TT), "expectedUpperLimits");
        double[] x = {800, 200, 800, 200};
        assertRelClose(valueAt(ul, x), p.upperLimitFb(), 5e-6, "CMS-SUS-16-050 T2tt.txt observed UL grid point (800,200)");
        assertRelClose(valueAt(eul, x), p.expectedUpperLimitFb(), 5e-6, "CMS-SUS-16-050 T2tt.txt expected UL grid point (800,200)");
        assertRelClose(sigma / valueAt(ul, x), p.rObs(), 5e-6, "r_obs = sigma / UL_obs");
        assertNotNull(p.rExp());
        System.err.println("predictions for stop(800) -> t N1(200): " + ps.size());
        for (TheoryPrediction q : ps) {
            System.err.printf("  %s %s sigma=%.4g fb UL=%.4g r=%.3g%n", q.analysisId(), q.txNames(), q.sigmaFb(), q.upperLimitFb(), q.rObs());
        }
        // speed: repeated predictions with the interpolators already built (after a JIT warm-up)
        for (int i = 0; i < 2000; i++) {
            predictor.predict(stop());
        }
        long t0 = System.nanoTime();
        int n = 2000;
        for (int i = 0; i < n; i++) {
            predictor.predict(stop());
        }
        long t1 = System.nanoTime();
        System.err.printf("predict(): %.3f ms per call over %d analyses / %d txNames%n", (t1 - t0) / 1e6 / n,
                db.analyses().size(), db.analyses().stream().mapToInt(a -> a.datasets().get(0).txNames().size()).sum());
    }

    @Test
    void predict_gluinoViaCharginoToW_t5wwThreeDimensionalMap() throws Exception {
        // gluino -> C1+ d ubar (3-body, opened as spec 1.3 recommends), C1 -> N1 W+
        ProtoModel m = ProtoModel.of(Map.of(1000022, 100.0, 1000024, 700.0, 1000021, 1300.0),
                List.of(new Decay(1000021, List.of(1000024, 1, 2), 1.0), new Decay(1000024, List.of(1000022, 24), 1.0)),
                List.of(new SignalStrength(1000021, 1000021, 1.0)), null);
        List<TheoryPrediction> ps = Predictor.of(db, Predictor.Settings.protomodels()).predict(m);
        TheoryPrediction p = ps.stream().filter(x -> x.analysisId().equals("ATLAS-SUSY-2016-07") && x.txNames().equals(List.of("T5WW")))
                .findFirst().orElseThrow(() -> new AssertionError("no T5WW prediction: " + ps));
        double sigma = XsecTableFiles.at(XsecTableFiles.read("gluino", 13), 1300);
        assertRelClose(sigma, p.sigmaFb(), 1e-12, "xsecgluino13.txt at 1300 GeV x BR 1");
        assertEquals(List.of(1300.0, 700.0, 100.0, 1300.0, 700.0, 100.0), p.averageMasses());
        var direct = org.protomodels.predict.grid.GridInterpolator.of(
                TxNameFiles.grid(files.get("13TeV/ATLAS/ATLAS-SUSY-2016-07/data/T5WW.txt"), "upperLimits"));
        assertRelClose(direct.value(new double[] {1300, 700, 100, 1300, 700, 100}), p.upperLimitFb(), 1e-12,
                "UL = the map's interpolation at the element's masses");
        assertTrue(p.rObs() > 0);
    }

    @Test
    void predict_gluinoT5ww_efficiencyMapSignalRegionOfAtlasSusy201607() throws Exception {
        String base = EM;
        Map<String, Path> f = files;
        double ul = Double.parseDouble(TxNameFiles.header(f.get(base + "dataInfo.txt"), "upperLimit").replace("*fb", ""));
        double eul = Double.parseDouble(TxNameFiles.header(f.get(base + "dataInfo.txt"), "expectedUpperLimit").replace("*fb", ""));
        double n = Double.parseDouble(TxNameFiles.header(f.get(base + "dataInfo.txt"), "observedN"));
        double b = Double.parseDouble(TxNameFiles.header(f.get(base + "dataInfo.txt"), "expectedBG"));
        double db = Double.parseDouble(TxNameFiles.header(f.get(base + "dataInfo.txt"), "bgError"));
        Path tx = f.get(base + "T5WW.txt");
        Grid eff = TxNameFiles.grid(tx, "efficiencyMap");
        TxName t = new TxName("T5WW", ConstraintText.parse(TxNameFiles.header(tx, "constraint")), List.of(), null, null, "True",
                null, null, eff, null);
        Analysis a = new Analysis("ATLAS-SUSY-2016-07-eff", Experiment.ATLAS, 13, 36.1, "test", null, false, null,
                List.of(new DataSet("2j_Meff_1200", DataType.EFFICIENCY_MAP,
                        new org.protomodels.database.SignalRegionCounts(n, b, db, ul, eul, null), null, List.of(t))), null, null, null);
        Database emDb = Database.of("1.2.4-em", List.of(a), Map.of(), XsecTableFiles.all());
        ProtoModel m = ProtoModel.of(Map.of(1000022, 100.0, 1000024, 700.0, 1000021, 1300.0),
                List.of(new Decay(1000021, List.of(1000024, 1, 2), 1.0), new Decay(1000024, List.of(1000022, 24), 1.0)),
                List.of(new SignalStrength(1000021, 1000021, 2.0)), null);
        List<TheoryPrediction> ps = Predictor.of(emDb, Predictor.Settings.protomodels()).predict(m);
        assertEquals(1, ps.size(), ps.toString());
        TheoryPrediction p = ps.get(0);
        double e = org.protomodels.predict.grid.GridInterpolator.of(eff).value(new double[] {1300, 700, 100, 1300, 700, 100});
        assertTrue(e > 0, "inside the efficiency map");
        double sigma = 2.0 * XsecTableFiles.at(XsecTableFiles.read("gluino", 13), 1300) * e;
        assertRelClose(sigma, p.sigmaFb(), 1e-12, "xsecgluino13.txt(1300) x SSM 2 x efficiency of T5WW.txt at the masses");
        assertRelClose(sigma * 36.1, p.signalYield(), 1e-12, "yield = sigma x eff x 36.1/fb");
        assertRelClose(sigma / ul, p.rObs(), 1e-12, "r_obs against dataInfo upperLimit");
        assertRelClose(sigma / eul, p.rExp(), 1e-12, "r_exp against dataInfo expectedUpperLimit");
    }

    @Test
    void predict_t2ttOfCmsSus16050InGraphNotation_identicalToBracket() throws Exception {
        Path f = files.get(T2TT);
        Grid ul = TxNameFiles.grid(f, "upperLimits");
        Grid eul = TxNameFiles.grid(f, "expectedUpperLimits");
        TxName bracket = new TxName("T2tt", ConstraintText.parse(TxNameFiles.header(f, "constraint")), List.of(), null, null,
                "True", ul, eul, null, null);
        // hand-written SModelS 3 form of [[['t']],[['t']]] with dataMap {0:(1,mass), 1:(3,mass), 2:(2,mass), 3:(4,mass)}
        TxName graph = new TxName("T2tt", org.protomodels.ingest.smodels.ConstraintParser.constraint(
                "{(PV > anyBSM(1),anyBSM(2)), (anyBSM(1) > t,MET(3)), (anyBSM(2) > t,MET(4))}"), List.of(), null, null, "True",
                PredictorTest.graphMap(ul), PredictorTest.graphMap(eul), null, null);
        List<TheoryPrediction> all = new ArrayList<>();
        for (TxName t : List.of(bracket, graph)) {
            Analysis a = new Analysis("CMS-SUS-16-050", Experiment.CMS, 13, 35.9, "test", null, false, null,
                    List.of(new DataSet("data", DataType.UPPER_LIMIT, null, null, List.of(t))), null, null, null);
            Database one = Database.of("t2tt", List.of(a), Map.of(), XsecTableFiles.all());
            // on the grid point and off it (interpolated), with a compressed second element from a light chargino
            for (double mStop : new double[] {800, 837.5}) {
                ProtoModel m = ProtoModel.of(Map.of(1000022, 213.0, 1000024, 218.0, 1000006, mStop),
                        List.of(new Decay(1000006, List.of(1000022, 6), 0.8), new Decay(1000006, List.of(1000024, 5), 0.2),
                                new Decay(1000024, List.of(1000022, 2, 1), 1.0)),
                        List.of(new SignalStrength(-1000006, 1000006, 1.0)), null);
                all.addAll(Predictor.of(one, Predictor.Settings.protomodels()).predict(m));
            }
        }
        assertEquals(4, all.size(), all.toString());
        assertEquals(all.subList(0, 2), all.subList(2, 4), "v1.2.4 T2tt.txt in bracket and in graph notation: same predictions");
        assertTrue(all.get(0).rObs() > 0 && all.get(1).rObs() > 0);
    }

    static double valueAt(Grid g, double[] x) {
        for (int i = 0; i < g.size(); i++) {
            if (java.util.Arrays.equals(g.points()[i], x)) {
                return g.values()[i];
            }
        }
        throw new AssertionError("not a grid point: " + java.util.Arrays.toString(x));
    }
}

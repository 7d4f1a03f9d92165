package org.protomodels.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.Database;
import org.protomodels.database.Grid;
import org.protomodels.database.TxName;
import org.protomodels.ingest.smodels.SModelSDatabase;
import org.protomodels.ingest.smodels.SModelSTextReader;
import org.protomodels.predict.decomp.TermPattern;
import org.protomodels.predict.model.Decay;
import org.protomodels.predict.model.ProductionCrossSection;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.SignalStrength;
import org.protomodels.predict.testdb.XsecTableFiles;
import org.protomodels.testing.SharedData;

/**
 * Predictions on the three analyses of the official SModelS database v3.0.0 in the shared data, read by ingest:
 * ATLAS-SUSY-2018-31-eff (T6bbHH) and CMS-SUS-20-004-eff (T5HH, TChiHH), written in bracket notation in that
 * release, and CMS-EXO-20-004-eff (TRV1, TRS1), written in graph notation. For each reachable topology a protomodel
 * producing exactly it, at masses of a grid point, must give sigma = (cross section x BR) x the map's value there.
 */
class Database300RealDataIT {
    static Database db;

    @BeforeAll
    static void load() throws Exception {
        SModelSDatabase read = SModelSTextReader.read(SharedData.require("data/smodels/database-release-3.0.0"), s -> { }, 1);
        db = Database.of(read.version(), read.analyses(), Map.of(), XsecTableFiles.all());
    }

    static TxName txName(String analysis, String dataset, String name) {
        for (Analysis a : db.analyses()) {
            if (a.id().equals(analysis)) {
                for (DataSet d : a.datasets()) {
                    if (d.id().equals(dataset)) {
                        return d.txNames().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
                    }
                }
            }
        }
        throw new AssertionError("no " + analysis + "/" + dataset + "/" + name);
    }

    /** The first grid point satisfying the test, as {point..., value}. */
    static double[] point(Grid g, java.util.function.Predicate<double[]> ok) {
        for (int i = 0; i < g.size(); i++) {
            if (g.values()[i] > 0 && ok.test(g.points()[i])) {
                double[] p = java.util.Arrays.copyOf(g.points()[i], g.points()[i].length + 1);
                p[p.length - 1] = g.values()[i];
                return p;
            }
        }
        throw new AssertionError("no suitable grid point in " + g);
    }

    /** 13 TeV cross section of one production pair (signed, sorted as the predictor writes it). */
    static double crossSection(Predictor p, ProtoModel m, int pdg1, int pdg2) {
        double s = 0;
        for (ProductionCrossSection x : p.crossSections(m)) {
            if (x.sqrtsTeV() == 13 && x.pdg1() == pdg1 && x.pdg2() == pdg2) {
                s += x.sigmaFb();
            }
        }
        return s;
    }

    static TheoryPrediction prediction(List<TheoryPrediction> ps, String analysis, String dataset) {
        return ps.stream().filter(q -> q.analysisId().equals(analysis) && q.datasetId().equals(dataset)).findFirst()
                .orElseThrow(() -> new AssertionError("no prediction for " + analysis + "/" + dataset + ": " + ps));
    }

    @Test
    void predict_sbottomToBN2ToHiggs_t6bbhhEfficiencyOfAtlasSusy201831() {
        Grid eff = txName("ATLAS-SUSY-2018-31-eff", "SRA_H", "T6bbHH").efficiencyMap();
        // axes per branch: sbottom, N2, N1; a point with N2 - N1 above the higgs mass and N1 > 0
        double[] x = point(eff, p -> p[2] > 0 && p[1] - p[2] > 130 && p[0] - p[1] > 20);
        ProtoModel m = ProtoModel.of(Map.of(1000022, x[2], 1000023, x[1], 1000005, x[0]),
                List.of(new Decay(1000005, List.of(1000023, 5), 1.0), new Decay(1000023, List.of(1000022, 25), 1.0)),
                List.of(new SignalStrength(-1000005, 1000005, 1.0)), null);
        Predictor predictor = Predictor.of(db, Predictor.Settings.protomodels());
        List<TheoryPrediction> ps = predictor.predict(m);
        TheoryPrediction p = prediction(ps, "ATLAS-SUSY-2018-31-eff", "SRA_H");
        double sigma = crossSection(predictor, m, -1000005, 1000005);
        assertTrue(sigma > 0, "sbottom pair cross section at " + x[0] + " GeV");
        assertRelClose(sigma * x[x.length - 1], p.sigmaFb(), 5e-6,
                "3.0.0 ATLAS-SUSY-2018-31-eff SRA_H T6bbHH.txt: xsec x efficiency at grid point (map values rounded to 6 digits, spec 3.2.5) " + java.util.Arrays.toString(x));
        assertEquals(List.of("T6bbHH"), p.txNames());
    }

    @Test
    void predict_gluinoToQqN2ToHiggs_t5hhEfficiencyOfCmsSus20004() {
        Grid eff = txName("CMS-SUS-20-004-eff", "SR1", "T5HH").efficiencyMap();
        double[] x = point(eff, p -> p[2] > 0 && p[1] - p[2] > 130 && p[0] - p[1] > 20);
        ProtoModel m = ProtoModel.of(Map.of(1000022, x[2], 1000023, x[1], 1000021, x[0]),
                List.of(new Decay(1000021, List.of(1000023, 1, 1), 1.0), new Decay(1000023, List.of(1000022, 25), 1.0)),
                List.of(new SignalStrength(1000021, 1000021, 1.0)), null);
        Predictor predictor = Predictor.of(db, Predictor.Settings.protomodels());
        TheoryPrediction p = prediction(predictor.predict(m), "CMS-SUS-20-004-eff", "SR1");
        assertRelClose(crossSection(predictor, m, 1000021, 1000021) * x[x.length - 1], p.sigmaFb(), 5e-6,
                "3.0.0 CMS-SUS-20-004-eff SR1 T5HH.txt: xsec x efficiency at grid point (map values rounded to 6 digits, spec 3.2.5) " + java.util.Arrays.toString(x));
        assertEquals(List.of("T5HH"), p.txNames());
    }

    @Test
    void predict_n2PairToHiggs_tchihhEfficiencyOfCmsSus20004() {
        Grid eff = txName("CMS-SUS-20-004-eff", "SR1", "TChiHH").efficiencyMap();
        double[] x = point(eff, p -> p[1] > 0 && p[0] - p[1] > 130);
        ProtoModel m = ProtoModel.of(Map.of(1000022, x[1], 1000023, x[0]),
                List.of(new Decay(1000023, List.of(1000022, 25), 1.0)),
                List.of(new SignalStrength(1000023, 1000023, 1.0)), null);
        Predictor predictor = Predictor.of(db, Predictor.Settings.protomodels());
        TheoryPrediction p = prediction(predictor.predict(m), "CMS-SUS-20-004-eff", "SR1");
        double sigma = crossSection(predictor, m, 1000023, 1000023);
        assertTrue(sigma > 0, "N2 pair cross section (C1C1 table, spec 14 quirk 4)");
        assertRelClose(sigma * x[x.length - 1], p.sigmaFb(), 5e-6,
                "3.0.0 CMS-SUS-20-004-eff SR1 TChiHH.txt: xsec x efficiency at grid point (map values rounded to 6 digits, spec 3.2.5) " + java.util.Arrays.toString(x));
        assertEquals(List.of("TChiHH"), p.txNames());
    }

    @Test
    void compile_graphNotationResonances_cmsExo20004UsableButUnreachable() {
        List<String> seen = new ArrayList<>();
        for (String name : List.of("TRV1", "TRS1")) {
            TxName t = txName("CMS-EXO-20-004-eff", "SR_2016_1", name);
            assertEquals("graph", t.constraint().notation());
            CompiledTxName ct = new CompiledTxName(t, new org.protomodels.predict.grid.TriangulationCache());
            assertTrue(ct.usable(), name + ": " + ct.whyNotUsable());
            assertEquals(1, ct.terms.size());
            TermPattern term = ct.terms.get(0);
            assertFalse(term.reachable(), "a single resonance at the primary vertex is no pair production");
            seen.add(term.whyUnreachable());
        }
        assertEquals(List.of("1 BSM particle(s) produced at the primary vertex (protomodels produce pairs)",
                "1 BSM particle(s) produced at the primary vertex (protomodels produce pairs)"), seen);
        // and no protomodel reaches it: a sneutrino pair (neutral scalars, the H0 quantum numbers) predicts nothing there
        ProtoModel m = ProtoModel.of(Map.of(1000022, 100.0, 1000012, 500.0),
                List.of(new Decay(1000012, List.of(1000022, 12), 1.0)), List.of(new SignalStrength(1000012, 1000012, 1.0)), null);
        assertTrue(Predictor.of(db, Predictor.Settings.protomodels()).predict(m).stream()
                .noneMatch(q -> q.analysisId().equals("CMS-EXO-20-004-eff")));
    }
}

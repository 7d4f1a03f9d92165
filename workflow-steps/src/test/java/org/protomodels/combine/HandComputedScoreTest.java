package org.protomodels.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertAbsClose;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.database.Experiment;
import org.protomodels.database.SignalRegionCounts;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestStage;
import org.protomodels.predict.TheoryPrediction;
import org.protomodels.predict.model.Decay;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.SignalStrength;
import org.protomodels.step.EventSink;

/**
 * K and Z computed by hand on a two-analysis synthetic database.
 *
 * <p>Database: ATLAS-HAND-1 (13 TeV, 100/fb) with one signal region n = 5, b = 2 +- 0.5, and CMS-HAND-2 (13 TeV,
 * 100/fb) with n = 12, b = 5.5 +- 0.72; combinable (different experiments). The protomodel is the toy's planted
 * one (stop 800 GeV -> top + LSP 150 GeV, SSMs 1), scored with given predictions: signal yields s = 3 and 4 events
 * (r_obs = r_exp = 0.3, so the critics are not constraining). Cross sections: the toy database's tables (stop pair
 * only, no N1 N1 table).
 *
 * <p>Method, all independent of the code under test: the profiled Poisson x Gaussian nll of spec 4.2 in closed form,
 * theta-hat = -p/2 + sqrt(p^2/4 - q), p = mu s + b + sigma^2, q = sigma^2 (mu s + b - n),
 * nll = lambda - n ln lambda + ln n! + theta^2/(2 sigma^2) + ln(2 pi sigma^2)/2 (checked against the spec 4.7 vector
 * n = 5, b = 2, sigma = 0.5, s = 3: nll(0) = 3.328669, nll(1) = 1.966094). Then
 * TL = sum_k 2[nll_k(0) - nll_k(1)]; mu-hat of the sum by golden-section search on [0, 10]; Z^2 = 2[nll_C(0) -
 * nll_C(mu-hat)]; prior: n_p = 2, n_BR = 0, n_SSM = 1 (only the stop pair has a cross section) so
 * 2 ln pi = -2 (2/2 + 0 + 1/8) = -2.25; penalties 1 (both experiments, no extreme SSM).
 * v2: K = TL - 2.25. paper2020: K = Z^2 - 2.25 (mu_max = 0.999 x 1.3 / 0.3 = 4.33 does not bind).
 */
class HandComputedScoreTest {
    static final String TOPOLOGY = "[[['t+']],[['t-']]]";
    @TempDir
    static Path tmp;
    static Database db;

    @BeforeAll
    static void database() {
        new IngestStage(EventSink.NONE).run(new IngestInputs(List.of(), List.of(), null, null, null, null, true, tmp));
        Database toy = DatabaseIO.read(tmp.resolve("database.json"));
        db = Database.of("hand", List.of(analysis("ATLAS-HAND-1", Experiment.ATLAS, 5, 2, 0.5),
                analysis("CMS-HAND-2", Experiment.CMS, 12, 5.5, 0.72)), Map.of(), toy.crossSections());
    }

    static Analysis analysis(String id, Experiment e, double n, double b, double sigma) {
        DataSet sr = new DataSet("SR1", DataType.EFFICIENCY_MAP, new SignalRegionCounts(n, b, sigma, null, null, null),
                List.of(), List.of());
        return new Analysis(id, e, 13, 100, "hand", null, false, List.of(), List.of(sr), null, List.of(), Map.of());
    }

    static TheoryPrediction em(String ana, double yield) {
        return new TheoryPrediction(ana, "SR1", DataType.EFFICIENCY_MAP, 13, List.of("T2tt"), yield / 100, null, null, 0.3,
                0.3, yield, null, List.of(TOPOLOGY), null);
    }

    static ProtoModel planted() {
        return ProtoModel.of(Map.of(1000022, 150.0, 1000006, 800.0), List.of(new Decay(1000006, List.of(1000022, 6), 1.0)),
                List.of(new SignalStrength(-1000006, 1000006, 1.0), new SignalStrength(1000022, 1000022, 1.0)), null);
    }

    /** spec 4.2 closed form, written out independently of PoissonGaussian. */
    static double nll(double n, double b, double sigma, double s, double mu) {
        double s2 = sigma * sigma;
        double nt = mu * s + b;
        double p = nt + s2;
        double q = s2 * (nt - n);
        double theta = -p / 2 + Math.sqrt(p * p / 4 - q);
        double lambda = nt + theta;
        double lnFact = 0;
        for (int k = 2; k <= (int) n; k++) {
            lnFact += Math.log(k);
        }
        return lambda - n * Math.log(lambda) + lnFact + theta * theta / (2 * s2) + 0.5 * Math.log(2 * Math.PI * s2);
    }

    static double combined(double mu) {
        return nll(5, 2, 0.5, 3, mu) + nll(12, 5.5, 0.72, 4, mu);
    }

    static double goldenMinimum(double a, double b) {
        double g = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 200; i++) {
            double c = b - g * (b - a);
            double d = a + g * (b - a);
            if (combined(c) < combined(d)) {
                b = d;
            } else {
                a = c;
            }
        }
        return 0.5 * (a + b);
    }

    @Test
    void closedForm_specVector_reproduced() {
        assertAbsClose(3.328669, nll(5, 2, 0.5, 3, 0), 1e-6, "spec 4.7 1 SR profiled nll(mu=0), abs 1e-6");
        assertAbsClose(1.966094, nll(5, 2, 0.5, 3, 1), 1e-6, "spec 4.7 1 SR profiled nll(mu=1), abs 1e-6");
    }

    @Test
    void score_v2_kIsTlPlusTwoLnPi() {
        Score s = Scorer.of(db, Profile.builtin("v2")).score(planted(), List.of(em("ATLAS-HAND-1", 3), em("CMS-HAND-2", 4)));
        double tl = 2 * (nll(5, 2, 0.5, 3, 0) - nll(5, 2, 0.5, 3, 1)) + 2 * (nll(12, 5.5, 0.72, 4, 0) - nll(12, 5.5, 0.72, 4, 1));
        double muHat = goldenMinimum(0, 10);
        double z = Math.sqrt(2 * (combined(0) - combined(muHat)));
        assertTrue(s.defined(), String.valueOf(s.explanation()));
        assertEquals(2, s.combination().size(), "both results combine (different experiments)");
        assertAbsClose(-2.25, s.prior().twoLnPi(), 1e-12, "2 ln pi = -2(2/2 + 0 + 1/8)");
        assertAbsClose(1, s.penalty(), 0, "both experiments, no extreme SSM");
        assertRelClose(tl, s.tl(), 1e-9, "hand TL (closed-form nll), rel 1e-9");
        assertRelClose(tl - 2.25, s.k(), 1e-9, "hand K = TL + 2 ln pi, rel 1e-9");
        assertRelClose(muHat, s.muHat(), 1e-6, "golden-section mu-hat of the summed nll, rel 1e-6");
        assertRelClose(z, s.z(), 1e-6, "hand Z, rel 1e-6");
        assertEquals(Set.of(1000006, 1000022), s.particlesInCombination(), "stop and LSP in the t t topology");
        double sum = s.combination().stream().mapToDouble(Score.Member::contribution).sum();
        assertRelClose(s.tl(), sum, 1e-12, "contributions add up to TL");
    }

    @Test
    void score_paper2020_kIsZSquaredPlusTwoLnPi() {
        Score s = Scorer.of(db, Profile.builtin("paper2020")).score(planted(),
                List.of(em("ATLAS-HAND-1", 3), em("CMS-HAND-2", 4)));
        double muHat = goldenMinimum(0, 10);
        double z2 = 2 * (combined(0) - combined(muHat));
        assertEquals(2, s.combination().size());
        assertRelClose(z2 - 2.25, s.k(), 1e-6, "hand K = Z^2 + 2 ln pi, rel 1e-6");
        assertRelClose(Math.sqrt(z2), s.z(), 1e-6, "hand Z, rel 1e-6");
    }

    @Test
    void score_noPrediction_kZeroWithExplanation() {
        Score s = Scorer.of(db, Profile.builtin("v2")).score(planted(), List.of());
        assertEquals(0, s.k(), 0);
        assertTrue(s.explanation().contains("no prediction"), s.explanation());
        assertTrue(s.combination().isEmpty());
    }
}

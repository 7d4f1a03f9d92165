package org.protomodels.stats.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertAbsClose;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.protomodels.stats.model.Model;
import org.protomodels.stats.spec.Channel;
import org.protomodels.stats.spec.Measurement;
import org.protomodels.stats.spec.Modifier;
import org.protomodels.stats.spec.Observation;
import org.protomodels.stats.spec.Sample;
import org.protomodels.stats.spec.Workspace;

/** Synthetic one-bin counting experiment: internal consistency of statistics, CLs and limits. */
class AsymptoticCalculatorTest {
    /** s = 10 signal (normfactor mu), b = 50 +- 7 (shapesys), n observed. */
    static Model counting(double n) {
        Workspace ws = new Workspace(List.of(new Channel("sr", List.of(
                new Sample("signal", List.of(10.0), List.of(new Modifier.NormFactor("mu"))),
                new Sample("bkg", List.of(50.0), List.of(new Modifier.ShapeSys("unc", List.of(7.0))))))),
                List.of(new Observation("sr", List.of(n))), List.of(new Measurement("m", "mu", List.of())), "1.0.0");
        return Model.of(ws, "counting n=" + n);
    }

    static double[] data(Model m, double n) {
        double[] aux = m.config().auxdata();
        double[] d = new double[1 + aux.length];
        d[0] = n;
        System.arraycopy(aux, 0, d, 1, aux.length);
        return d;
    }

    @Test
    void hypotest_qtilde_clsIsRatioOfTailProbabilities() {
        Model m = counting(55);
        HypotestResult h = AsymptoticCalculator.of(m, data(m, 55)).hypotest(1.0);
        assertRelClose(h.clsb() / h.clb(), h.cls(), 1e-15, "CLs = CLsb / CLb");
        assertTrue(h.q() >= 0 && h.qAsimov() > 0, "statistics non-negative");
        double[] band = h.clsExpected();
        for (int k = 1; k < 5; k++) {
            assertTrue(band[k] > band[k - 1], "expected band increasing from -2 to +2 sigma");
        }
    }

    @Test
    void testStatistics_muBelowMuHat_zero() {
        Model m = counting(80);
        Model.DataLikelihood lh = m.likelihood(data(m, 80));
        FitSetup s = FitSetup.suggested(m.config());
        assertEquals(0.0, TestStatistics.qmuTilde(0.5, lh, s), "q~ is 0 for mu below mu-hat (~3)");
        assertTrue(TestStatistics.q0(lh, s) > 0, "q0 positive for an excess");
    }

    @Test
    void upperLimit_clsAtLimit_equalsLevel() {
        Model m = counting(55);
        AsymptoticCalculator calc = AsymptoticCalculator.of(m, data(m, 55));
        UpperLimitResult ul = UpperLimit.compute(calc);
        assertTrue(ul.ok(), ul.message());
        assertAbsClose(0.05, calc.hypotest(ul.observed()).cls(), 1e-6, "CLs at the observed limit (abs 1e-6)");
        double[] e = ul.expected();
        assertAbsClose(0.05, calc.expectedCls(e[2])[2], 1e-6, "median expected CLs at the median limit (abs 1e-6)");
    }

    @Test
    void upperLimit_limitAboveUpperBound_reportsStatus() {
        Model m = counting(55);
        FitSetup narrow = FitSetup.suggested(m.config()).withPoiBounds(0, 0.5);
        UpperLimitResult ul = UpperLimit.compute(AsymptoticCalculator.of(m, data(m, 55), narrow, TestStatistic.QTILDE));
        assertEquals(UpperLimitResult.Status.ABOVE_POI_UPPER_BOUND, ul.status(), ul.message());
        assertTrue(Double.isNaN(ul.observed()), "no limit value when the bracket fails");
    }

    @Test
    void poiUncertainty_countingWithoutNuisance_isSqrtNOverS() {
        // only mu free: -ln L = nu - n ln nu with nu = 10 mu + 50; at mu-hat nu = n, Fisher s^2/n -> sigma = sqrt(n)/s
        Workspace ws = new Workspace(List.of(new Channel("sr", List.of(
                new Sample("signal", List.of(10.0), List.of(new Modifier.NormFactor("mu"))),
                new Sample("bkg", List.of(50.0), List.of())))),
                List.of(new Observation("sr", List.of(70.0))), List.of(new Measurement("m", "mu", List.of())), "1.0.0");
        Model m = Model.of(ws, "counting without nuisance");
        Model.DataLikelihood lh = m.likelihood(new double[] {70});
        FitSetup s = FitSetup.suggested(m.config());
        FitResult fit = Mle.withDefaults().fit(lh, s);
        assertAbsClose(2.0, fit.par(0), 1e-6, "mu-hat = (70 - 50)/10 (abs 1e-6)");
        assertRelClose(Math.sqrt(70) / 10, Mle.poiUncertainty(lh, fit, s), 1e-6, "sigma_mu = sqrt(n)/s (rel 1e-6)");
    }

    @Test
    void asimovData_backgroundOnly_mainBinsEqualFittedBackground() {
        Model m = counting(55);
        AsymptoticCalculator calc = AsymptoticCalculator.of(m, data(m, 55));
        double[] a = calc.asimovData();
        // main bin = gamma * 50 (mu = 0), aux = gamma * tau
        double tau = m.config().auxdata()[0];
        assertRelClose(a[0] / 50, a[1] / tau, 1e-12, "Asimov main and aux data share the fitted gamma");
    }
}

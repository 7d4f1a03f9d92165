package org.protomodels.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.protomodels.testing.Assertions2.assertAbsClose;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protomodels.database.Database;
import org.protomodels.database.ObservationOverlay;
import org.protomodels.testing.SmallDatabases;

class FakeInjectionTest {
    private static final String SHA = "0".repeat(64);

    /** 5 signal events in ATLAS-T-1:SR1 and 3 fb at m = 520 GeV in the CMS-T-2 T2tt map (points 500, 600 GeV). */
    private static InjectedSignal signal() {
        return new InjectedSignal("pm.json", 0, "a".repeat(64), Map.of("ATLAS-T-1:SR1", 5.0),
                List.of(new InjectedSignal.MapSignal("CMS-T-2:data:T2tt", new double[] {520}, 3.0)));
    }

    private static FakeDatabaseSampler sampler(boolean fixedBg, boolean fixedSig, double maxDist, InjectedSignal s) {
        return FakeDatabaseSampler.of(SmallDatabases.correlated(), SHA, new FakeSettings(1.0, fixedBg, fixedSig, maxDist),
                Map.of(), s);
    }

    @Test
    void sample_fixedBackgrounds_countsAreExpectedBackgroundsAndMapsUnshifted() {
        ObservationOverlay o = sampler(true, false, 400, null).sample(0, 1L, "d.json", FakeDatabaseSamplerTest.streams(1L, 1)[0]);
        assertEquals(100.0, o.observedCounts().get("ATLAS-T-1:SR1"), "SmallDatabases.correlated SR1 b = 100");
        assertEquals(80.0, o.observedCounts().get("ATLAS-T-1:SR2"), "SmallDatabases.correlated SR2 b = 80");
        assertEquals(0.0, o.upperLimitShifts().get("CMS-T-2:data:T2tt"), "x = 0 with fixed backgrounds");
        assertEquals(Boolean.TRUE, o.provenance().get("fixedBackgrounds"));
        assertEquals("sm-fake", o.provenance().get("kind"));
    }

    @Test
    void sample_technicalClosure_signalAddedExactly_andOnlyNearbyMapPointsRaised() {
        ObservationOverlay o = sampler(true, true, 50, signal()).sample(0, 1L, "d.json", FakeDatabaseSamplerTest.streams(1L, 1)[0]);
        assertEquals(105.0, o.observedCounts().get("ATLAS-T-1:SR1"), "b + s = 100 + 5 (fixed signals)");
        assertEquals(80.0, o.observedCounts().get("ATLAS-T-1:SR2"), "no signal in SR2");
        // 500 GeV is 20 GeV from the signal (inside 50 GeV), 600 GeV is 80 GeV away: y_exp(500) = 10 fb + 3 fb
        assertEquals(Map.of("0", 13.0), o.observedLimits().get("CMS-T-2:data:T2tt"), "expected limit + sigma_pred near the signal");
        Database fake = o.applyTo(SmallDatabases.correlated(), "x");
        double[] y = fake.analysis("CMS-T-2").dataset("data").txNames().get(0).upperLimits().values();
        assertEquals(13.0, y[0], "raised point after the shift (x = 0)");
        assertEquals(8.0, y[1], "far point keeps the expected limit (x = 0)");
        assertEquals("injected", o.provenance().get("kind"));
        @SuppressWarnings("unchecked")
        Map<String, Object> pm = (Map<String, Object>) o.provenance().get("protomodel");
        assertEquals("a".repeat(64), pm.get("sha256"), "the injected model's sha256 is recorded");
        assertEquals(50.0, o.provenance().get("maxMassDistance"));
    }

    @Test
    void sample_maxMassDistanceLarge_bothPointsRaised_zero_noneRaised() {
        var rng = FakeDatabaseSamplerTest.streams(1L, 1)[0];
        ObservationOverlay wide = sampler(true, true, 400, signal()).sample(0, 1L, "d.json", rng);
        assertEquals(Map.of("0", 13.0, "1", 11.0), wide.observedLimits().get("CMS-T-2:data:T2tt"), "400 GeV reaches both points");
        ObservationOverlay none = sampler(true, true, 0, signal()).sample(0, 1L, "d.json", rng);
        assertNull(none.observedLimits(), "no map point within 0 GeV of 520 GeV");
    }

    @Test
    void sample_poissonSignalOnFixedBackground_meanAndVarianceOfSignal() {
        var s = sampler(true, false, 400, signal());
        int n = 10_000;
        var rngs = FakeDatabaseSamplerTest.streams(5L, n);
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            double k = s.sample(i, 5L, "d.json", rngs[i]).observedCounts().get("ATLAS-T-1:SR1") - 100;
            sum += k;
            sum2 += k * k;
        }
        double mean = sum / n;
        double var = sum2 / n - mean * mean;
        // s ~ Poisson(5): mean 5 (SE sqrt(5/n)); variance 5 (SE sqrt((mu4 - sigma^4)/n) = sqrt((5 + 2*25)/n))
        assertAbsClose(5, mean, 3 * Math.sqrt(5.0 / n), "E[s] = 5 within 3 SE");
        assertAbsClose(5, var, 3 * Math.sqrt(55.0 / n), "Var[s] = 5 within 3 SE");
    }

    @Test
    void sample_injectedSignalWithFluctuations_sameSeedSameOverlay_signalRaisesCounts() {
        var s = sampler(false, false, 400, signal());
        var a = s.sample(3, 9L, "d.json", FakeDatabaseSamplerTest.streams(9L, 4)[3]);
        var b = s.sample(3, 9L, "d.json", FakeDatabaseSamplerTest.streams(9L, 4)[3]);
        assertEquals(a, b, "same stream, same fake");
        assertFalse(a.observedLimits().isEmpty());
        int n = 2000;
        var rngs = FakeDatabaseSamplerTest.streams(2L, n);
        var sm = sampler(false, false, 400, null);
        double diff = 0;
        for (int i = 0; i < n; i++) {
            diff += s.sample(i, 2L, "d", rngs[i]).observedCounts().get("ATLAS-T-1:SR1");
        }
        rngs = FakeDatabaseSamplerTest.streams(2L, n);
        for (int i = 0; i < n; i++) {
            diff -= sm.sample(i, 2L, "d", rngs[i]).observedCounts().get("ATLAS-T-1:SR1");
        }
        // independent draws after the signal: the mean difference is 5 up to sqrt(2 (100 + 100 + 5)/n) noise
        assertAbsClose(5, diff / n, 3 * Math.sqrt(2 * 205.0 / n), "mean injected - SM count = s within 3 SE");
    }
}

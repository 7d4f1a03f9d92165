package org.protomodels.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertAbsClose;

import java.util.List;
import java.util.Map;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.protomodels.database.Analysis;
import org.protomodels.database.CovarianceMatrix;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;
import org.protomodels.database.Experiment;
import org.protomodels.database.Grid;
import org.protomodels.database.GridAxis;
import org.protomodels.database.SignalRegionCounts;
import org.protomodels.database.TxName;
import org.protomodels.database.Constraint;
import org.protomodels.database.DatabaseIO;
import org.protomodels.io.CanonicalJson;
import org.protomodels.pvalues.RegionPValue;
import org.protomodels.testing.SmallDatabases;

class FakeDatabaseSamplerTest {
    /** Fake number i draws from the i-th jump of the master stream (independent of threads). */
    static JumpableUniformRandomProvider[] streams(long seed, int count) {
        JumpableUniformRandomProvider master = (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        JumpableUniformRandomProvider[] s = new JumpableUniformRandomProvider[count];
        for (int i = 0; i < count; i++) {
            s[i] = (JumpableUniformRandomProvider) master.jump();
        }
        return s;
    }

    @Test
    void sample_tenThousandFakesOfOneRegion_meanAndVarianceMatchModel() {
        double b = 50;
        double sigma = 6;
        var sampler = FakeDatabaseSampler.of(SmallDatabases.singleRegion(b, sigma), "0".repeat(64), 1.0);
        int n = 10_000;
        var rngs = streams(11L, n);
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            double k = sampler.sample(i, 11L, "database.json", rngs[i]).observedCounts().get("ATLAS-T-1:SR1");
            sum += k;
            sum2 += k * k;
        }
        double mean = sum / n;
        double var = sum2 / n - mean * mean;
        double expectedVar = b + sigma * sigma;
        // standard errors: of the mean sqrt(V/n); of the variance ~ V sqrt(2/(n-1)) (near-Gaussian counts)
        assertAbsClose(b, mean, 3 * Math.sqrt(expectedVar / n), "E[n] = b within 3 standard errors");
        assertAbsClose(expectedVar, var, 3 * expectedVar * Math.sqrt(2.0 / (n - 1)), "Var[n] = b + sigma_b^2 within 3 SE");
    }

    @Test
    void sample_smFakesOfManyRegions_regionPValuesAreFlat() {
        // The meta-statistic of spec 9.2: p-values of many signal regions with different backgrounds. (For one
        // region the mid-p takes few distinct values and a histogram is lumpy; across regions that averages out.)
        int regions = 200;
        List<DataSet> sets = new java.util.ArrayList<>();
        double[] b = new double[regions];
        double[] sigma = new double[regions];
        for (int r = 0; r < regions; r++) {
            b[r] = 3 + 1.7 * r;
            sigma[r] = (0.05 + 0.25 * (r % 5) / 4.0) * b[r];
            sets.add(new DataSet("SR" + r, DataType.EFFICIENCY_MAP, new SignalRegionCounts(0, b[r], sigma[r], null, null, null),
                    List.of(), List.of()));
        }
        Database db = Database.of("t", List.of(new Analysis("ATLAS-T-9", Experiment.ATLAS, 13, 139, "t", null, false,
                List.of(), sets, null, List.of(), Map.of())), Map.of(), List.of());
        var sampler = FakeDatabaseSampler.of(db, "0".repeat(64), 1.0);
        int fakes = 50;
        int bins = 10;
        int[] hist = new int[bins];
        var rngs = streams(5L, fakes);
        for (int i = 0; i < fakes; i++) {
            var f = sampler.sample(i, 5L, "database.json", rngs[i]);
            for (int r = 0; r < regions; r++) {
                double p = RegionPValue.of(f.observedCounts().get("ATLAS-T-9:SR" + r), b[r], sigma[r]);
                hist[Math.min(bins - 1, (int) (p * bins))]++;
            }
        }
        double chi2 = 0;
        double e = (double) fakes * regions / bins;
        for (int h : hist) {
            chi2 += (h - e) * (h - e) / e;
        }
        double pFlat = ChiSquaredDistribution.of(bins - 1).survivalProbability(chi2);
        assertTrue(pFlat > 0.01, "chi-square flatness of SM p-values over 200 regions x 50 fakes: chi2 = " + chi2
                + ", p = " + pFlat + ", histogram " + java.util.Arrays.toString(hist));
    }

    @Test
    void sample_sameSeed_sameBytes_differentFakesDiffer() {
        Database db = SmallDatabases.correlated();
        var sampler = FakeDatabaseSampler.of(db, "0".repeat(64), 1.0);
        var a = sampler.sample(3, 42L, "database.json", streams(42L, 4)[3]);
        var b = sampler.sample(3, 42L, "database.json", streams(42L, 4)[3]);
        assertEquals(new String(CanonicalJson.toBytes(a)), new String(CanonicalJson.toBytes(b)));
        var c = sampler.sample(2, 42L, "database.json", streams(42L, 4)[2]);
        assertNotEquals(a.observedCounts(), c.observedCounts());
        Database fake = a.applyTo(db, "fake3");
        double x = a.upperLimitShifts().get("CMS-T-2:data:T2tt");
        double yExp = 10;
        assertEquals(yExp * (1 + x / 1.96), fake.analysis("CMS-T-2").dataset("data").txNames().get(0).upperLimits().values()[0], 1e-12);
        assertEquals(a.observedCounts().get("ATLAS-T-1:SR2"), fake.analysis("ATLAS-T-1").dataset("SR2").counts().observedN());
    }

    @Test
    void sample_correlatedRegions_covarianceOfCountsMatchesModel() {
        Database db = SmallDatabases.correlated();
        var sampler = FakeDatabaseSampler.of(db, "0".repeat(64), 1.0);
        int n = 20_000;
        var rngs = streams(8L, n);
        double s1 = 0, s2 = 0, s12 = 0;
        for (int i = 0; i < n; i++) {
            var f = sampler.sample(i, 8L, "database.json", rngs[i]);
            double x = f.observedCounts().get("ATLAS-T-1:SR1");
            double y = f.observedCounts().get("ATLAS-T-1:SR2");
            s1 += x;
            s2 += y;
            s12 += x * y;
        }
        double cov = s12 / n - (s1 / n) * (s2 / n);
        // Cov(n1, n2) = V12 = 30 (Poisson noise is independent); SE ~ sqrt((V11+b1)(V22+b2)/n)
        assertAbsClose(30, cov, 4 * Math.sqrt((100 + 100) * (64 + 80) / (double) n), "Cov(n1,n2) = V12");
    }

    @Test
    void skewCoefficients_specTestVector() {
        double[] abc = org.protomodels.stats.simplified.SecondOrder.coefficients(10, 4, 2);
        // physics-spec 4.7: A = 9.916570, B = 1.996517, C = 0.083430 (6 decimals)
        assertAbsClose(9.916570, abc[0], 5e-7, "spec 4.7 SLv2 A");
        assertAbsClose(1.996517, abc[1], 5e-7, "spec 4.7 SLv2 B");
        assertAbsClose(0.083430, abc[2], 5e-7, "spec 4.7 SLv2 C");
    }

}

package org.protomodels.fakes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.protomodels.testing.Assertions2.assertAbsClose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Experiment;
import org.protomodels.database.SignalRegionCounts;
import org.protomodels.database.WorkspaceRef;
import org.protomodels.ingest.ToyDatabase;
import org.protomodels.likelihoods.PyhfSchemaLocator;

/**
 * The toy database's BkgOnly.json (SR1: 12 events, SR2: 5, CR: 250 nominal; a normsys bkg_model, unit Gaussian
 * constraint with aux datum 0, and staterrors; the declared lumi is carried by no sample, so it is not a
 * parameter): sampled background-only fakes.
 */
class PyhfBackgroundTest {
    private static ToyDatabase toy;
    private static PyhfBackground model;

    @BeforeAll
    static void build() {
        toy = ToyDatabase.extract();
        Path file = toy.root().resolve("hepdata/ATLAS-TOY-13-005/BkgOnly.json");
        Analysis a = new Analysis("ATLAS-TOY-13-005", Experiment.ATLAS, 13, 139, "t", null, false, List.of(),
                List.of(region("SR1", 12), region("SR2", 5)), null, List.of(), Map.of());
        WorkspaceRef ref = new WorkspaceRef("hepdata/ATLAS-TOY-13-005/BkgOnly.json", "0".repeat(64), List.of(
                new WorkspaceRef.Region("SR1", "SR1", "SR"), new WorkspaceRef.Region("SR2", "SR2", "SR"),
                new WorkspaceRef.Region(null, "CR", "CR")));
        model = PyhfBackground.of(a, ref, file, PyhfSchemaLocator.locate(null).schemas());
    }

    @AfterAll
    static void cleanUp() throws Exception {
        toy.close();
    }

    private static DataSet region(String id, double b) {
        return new DataSet(id, DataType.EFFICIENCY_MAP, new SignalRegionCounts(0, b, 1, null, null, null), List.of(), List.of());
    }

    @Test
    void of_toyWorkspace_regionsMappedToNominalBackground() {
        assertNotNull(model);
        assertEquals(java.util.Set.of("SR1", "SR2"), model.regions());
        assertEquals(12.0, model.expected("SR1"), 1e-12, "toy BkgOnly.json SR1 nominal bkg 12 (mu_bkg = 1, nuisances nominal)");
        assertEquals(5.0, model.expected("SR2"), 1e-12, "toy BkgOnly.json SR2 nominal bkg 5");
    }

    @Test
    void sample_fixed_isTheNominalExpectationAndAuxData() {
        var rng = FakeDatabaseSamplerTest.streams(1L, 1)[0];
        var s = model.sample(rng, ZigguratSampler.NormalizedGaussian.of(rng), 1.0, true);
        Map<String, double[]> m = s.asMap();
        assertArrayEquals(new double[] {250}, m.get("CR"), "toy CR nominal");
        assertArrayEquals(new double[] {12}, m.get("SR1"));
        assertEquals(0.0, m.get("_aux")[model.auxIndex("bkg_model")], 0, "normsys aux datum at its nominal 0");
        assertEquals(4, m.get("_aux").length, "aux data: bkg_model + 3 staterrors");
    }

    @Test
    void sample_tenThousandFakes_mainDataPoissonAroundNominal_lumiAuxGaussian() {
        int n = 10_000;
        var rngs = FakeDatabaseSamplerTest.streams(3L, n);
        double s1 = 0;
        double s2 = 0;
        double a1 = 0;
        double a2 = 0;
        int slot = auxIndex("bkg_model");
        for (int i = 0; i < n; i++) {
            var s = model.sample(rngs[i], ZigguratSampler.NormalizedGaussian.of(rngs[i]), 2.0, false);
            double k = s.count("SR1");
            s1 += k;
            s2 += k * k;
            double a = s.asMap().get("_aux")[slot];
            a1 += a;
            a2 += a * a;
        }
        double mean = s1 / n;
        double var = s2 / n - mean * mean;
        // spec 8.1: nuisances at nominal, one Poisson draw: E = Var = 12; SE of the variance sqrt((12 + 2*144)/n)
        assertAbsClose(12, mean, 3 * Math.sqrt(12.0 / n), "E[n_SR1] = 12 within 3 SE");
        assertAbsClose(12, var, 3 * Math.sqrt(300.0 / n), "Var[n_SR1] = 12 within 3 SE");
        // aux ~ N(0, f sigma) with f = 2, sigma = 1 (normsys): SE of the mean f sigma / sqrt(n)
        double sd = 2;
        assertAbsClose(0.0, a1 / n, 3 * sd / Math.sqrt(n), "E[bkg_model aux] = 0 within 3 SE");
        assertAbsClose(sd * sd, a2 / n - (a1 / n) * (a1 / n), 3 * sd * sd * Math.sqrt(2.0 / n), "Var[bkg_model aux] = (f sigma)^2 within 3 SE");
    }

    private static int auxIndex(String name) {
        return model.auxIndex(name);
    }
}

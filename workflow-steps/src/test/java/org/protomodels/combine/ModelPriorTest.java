package org.protomodels.combine;

import static org.protomodels.testing.Assertions2.assertAbsClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protomodels.predict.model.Decay;
import org.protomodels.predict.model.ProductionCrossSection;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.SignalStrength;

class ModelPriorTest {
    /**
     * spec 6.4, entry 1 of pm@develop:inputFiles/Dict/hiscores_2409_ewkinos.dict: unfrozen N1, N2, C1; N2 -> N1 h (1.0),
     * C1 -> N1 W (1.0); relevant modes (N2,N2) SSM 0.2036 (sigma13 = 7.2 fb) and (C1-,C1+) SSM 1.861 (sigma13 = 8218 fb).
     * Masses chosen by us to open exactly these decays (the spec does not list them): N1 100, C1 200 (> 100 + m_W),
     * N2 300 GeV (> 100 + m_h). The associated modes carry SSM 0 (no cross section, not "extreme": v = 0 is skipped).
     * Cross sections are the stored ones, given directly.
     */
    static ProtoModel ewkinos() {
        return ProtoModel.of(Map.of(1000022, 100.0, 1000024, 200.0, 1000023, 300.0),
                List.of(new Decay(1000023, List.of(1000022, 25), 1.0), new Decay(1000024, List.of(1000022, 24), 1.0)),
                List.of(new SignalStrength(1000023, 1000023, 0.2036), new SignalStrength(-1000024, 1000024, 1.861),
                        new SignalStrength(1000023, 1000024, 0.0), new SignalStrength(-1000024, 1000023, 0.0)), null);
    }

    @Test
    void of_workedExampleSpec64_twoLnPiIsMinus3p5AndKReproduced() {
        List<ProductionCrossSection> xs = List.of(new ProductionCrossSection(1000023, 1000023, 13, 2, 7.2, "stored"),
                new ProductionCrossSection(-1000024, 1000024, 13, 2, 8218, "stored"),
                new ProductionCrossSection(1000023, 1000024, 13, 2, 0.0, "ssm 0"));
        ModelPrior.Details d = ModelPrior.of(ewkinos(), xs, Profile.builtin("v2").prior());
        assertEquals(3, d.nParticles(), "spec 6.4 n_p");
        assertAbsClose(0, d.nBranchings(), 0, "spec 6.4 n_BR");
        assertAbsClose(2, d.nSsm(), 1e-15, "spec 6.4 n_SSM");
        assertAbsClose(-3.5, d.twoLnPi(), 1e-12, "spec 6.4: 2 ln pi = -2(3/2 + 0 + 2/8)");
        assertAbsClose(1, Penalties.extremeSsm(ewkinos().signalStrengths(), Profile.builtin("v2").penalties()), 0,
                "spec 6.4: no extreme SSMs");
        // stored TL = 9.445947, K = 5.945947 = TL - 3.5 (spec 6.4); both experiments present: penalty 1
        assertAbsClose(5.945947, 9.445947 + d.twoLnPi() + 2 * Math.log(Penalties.missingExperiment(
                List.of("ATLAS-SUSY-2019-08", "CMS-SUS-20-004"), Profile.builtin("v2").penalties())), 1e-9, "spec 6.4 stored K");
    }

    @Test
    void branchings_tolerances_countDistinctValues() {
        // stop with BRs 0.5 / 0.5 (one value: 0), N2 with 0.7 / 0.3 (two values: 1), C1 one channel (0)
        ProtoModel m = ProtoModel.of(Map.of(1000022, 100.0, 1000024, 400.0, 1000023, 420.0, 1000006, 800.0),
                List.of(new Decay(1000006, List.of(1000022, 6), 0.5), new Decay(1000006, List.of(1000024, 5), 0.5),
                        new Decay(1000024, List.of(1000022, 24), 1.0),
                        new Decay(1000023, List.of(1000022, 23), 0.7), new Decay(1000023, List.of(1000022, 25), 0.3)),
                List.of(), null);
        assertAbsClose(1, ModelPrior.branchings(m, Profile.builtin("v2").prior()), 0, "spec 6.2 n_BR counting");
    }

    @Test
    void extremeSsm_specExamples() {
        Profile.Penalties p = Profile.builtin("v2").penalties();
        // spec 6.3: v = 1e-5 -> 0.75, v = 1000 -> 0.85
        assertAbsClose(0.75, Penalties.extremeSsm(List.of(new SignalStrength(1000021, 1000021, 1e-5)), p), 1e-12, "spec 6.3");
        assertAbsClose(0.85, Penalties.extremeSsm(List.of(new SignalStrength(1000021, 1000021, 1000)), p), 1e-12, "spec 6.3");
        assertAbsClose(0.1, Penalties.missingExperiment(List.of("ATLAS-A", "ATLAS-B"), p), 0, "spec 6.3 one experiment");
    }
}

package org.protomodels.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.protomodels.predict.model.Decay;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.SignalStrength;

/** Spec 2.5: the mu-hat loop on an evaluator whose mu-hat is analytic in the stop-pair SSM. */
class MuHatFitTest {
    static ProtoModel model(double ssm) {
        return ProtoModel.of(Map.of(1000006, 800.0, 1000022, 150.0), List.of(new Decay(1000006, List.of(1000022, 6), 1.0)),
                List.of(new SignalStrength(-1000006, 1000006, ssm), new SignalStrength(1000022, 1000022, 1.0)), null);
    }

    /** mu-hat = (target / ssm)^power: power 1 converges in one rescaling; power 0.5 halves the log-distance each time. */
    static Evaluator analytic(double target, double power, AtomicInteger calls) {
        return m -> {
            calls.incrementAndGet();
            double s = m.ssm(-1000006, 1000006);
            return Evaluation.of(7, 9, 3, Math.pow(target / s, power), true, Set.of(1000006), null);
        };
    }

    @Test
    void evaluate_exactMuHat_convergesAfterOneRescaling() {
        AtomicInteger calls = new AtomicInteger();
        Evaluation e = new MuHatFit(analytic(2.5, 1, calls), 5, 0.01, 1e5).evaluate(model(1.0));
        assertTrue(e.defined());
        assertEquals(2.5, e.model().ssm(-1000006, 1000006), 1e-12, "SSM rescaled by mu-hat = 2.5 (exact)");
        assertEquals(1.0 * 2.5, e.model().ssm(1000022, 1000022), 1e-12, "every SSM is rescaled, spec 2.5");
        assertEquals(2, calls.get(), "one prediction, one rescaled prediction");
    }

    @Test
    void evaluate_slowConvergence_undefinedAfterIterations() {
        AtomicInteger calls = new AtomicInteger();
        // log distance halves per iteration: |mu-1| < 0.01 needs ln(1000)/ln(1.01) ~ 2^10 -> more than 5 steps
        Evaluation e = new MuHatFit(analytic(1000, 0.5, calls), 5, 0.01, 1e5).evaluate(model(1.0));
        assertFalse(e.defined(), "not converged within 5 predictions -> K undefined (spec 2.5)");
        assertEquals(5, calls.get());
    }

    @Test
    void evaluate_oneIteration_kOfTheModelAsGivenThenRescaled() {
        AtomicInteger calls = new AtomicInteger();
        Evaluation e = new MuHatFit(analytic(0.5, 1, calls), 1, 0.01, 1e5).evaluate(model(1.0));
        assertTrue(e.defined(), "paper2020: computed once, always defined");
        assertEquals(7, e.k(), 0, "K of the first evaluation");
        assertEquals(0.5, e.model().ssm(-1000006, 1000006), 1e-12, "model rescaled by mu-hat afterwards (v1)");
        assertEquals(1, calls.get());
    }

    @Test
    void evaluate_muHatZero_undefined() {
        Evaluator zero = m -> Evaluation.of(1, 1, 0, 0, true, Set.of(), null);
        assertFalse(new MuHatFit(zero, 5, 0.01, 1e5).evaluate(model(1.0)).defined(), "mu-hat = 0 cannot converge");
    }
}

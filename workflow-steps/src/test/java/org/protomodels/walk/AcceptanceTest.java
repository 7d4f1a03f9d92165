package org.protomodels.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** Spec 2.6: the acceptance rules of both profiles, exactly and statistically. */
class AcceptanceTest {
    static final WalkSettings V2 = WalkSettings.load("v2");
    static final WalkSettings PAPER = WalkSettings.load("paper2020");
    static final WalkSettings EFFICIENT = WalkSettings.load("efficient");
    static final int N = 200_000;

    static Evaluation k(double k, boolean critics) {
        return Evaluation.of(k, k, 0, 1, critics, Set.of(), null);
    }

    static double rate(WalkSettings s, Evaluation cur, Evaluation prop, long seed) {
        UniformRandomProvider rng = Walker.SOURCE.create(seed);
        int n = 0;
        for (int i = 0; i < N; i++) {
            if (Walker.accept(s, cur, prop, rng)) {
                n++;
            }
        }
        return (double) n / N;
    }

    @Test
    void accept_sameK_always() {
        assertEquals(1.0, rate(V2, k(5, true), k(5, true), 1), 0, "v2: exp(0) = 1, u > 1 never");
        assertEquals(1.0, rate(PAPER, k(5, true), k(5, true), 1), 0, "paper2020: ratio 1 is taken");
    }

    @Test
    void accept_kDropsByTwo_rateExpMinusOne() {
        double p = Math.exp(-1);
        double tol = 5 * Math.sqrt(p * (1 - p) / N); // 5 binomial standard deviations
        assertEquals(p, rate(V2, k(5, true), k(3, true), 2), tol, "v2 Metropolis exp(dK/2), dK = -2");
        assertEquals(p, rate(PAPER, k(5, true), k(3, false), 3), tol, "paper2020 Metropolis exp(dK/2), dK = -2, no critic veto");
    }

    @Test
    void accept_criticsFail_vetoInV2Only() {
        assertEquals(0.0, rate(V2, k(5, true), k(8, false), 4), 0, "v2: a better K failing a critic is reverted");
        assertEquals(1.0, rate(PAPER, k(5, true), k(8, false), 4), 0, "paper2020: no critic veto");
    }

    @Test
    void accept_undefinedProposal_neverAndUndefinedCurrent_always() {
        UniformRandomProvider rng = Walker.SOURCE.create(5L);
        assertFalse(Walker.accept(V2, k(5, true), Evaluation.undefined("x"), rng), "undefined K reverted");
        assertFalse(Walker.accept(PAPER, null, Evaluation.undefined("x"), rng), "undefined K reverted");
        assertTrue(Walker.accept(V2, null, k(-50, false), rng), "v2: K undefined so far -> take");
        assertTrue(Walker.accept(PAPER, null, k(-50, true), rng), "paper2020: K_cur = initialK -> ratio 1");
        assertTrue(Walker.accept(PAPER, k(PAPER.initialK(), true), k(-50, true), rng),
                "paper2020: ratio 1 while K_cur <= initialK");
    }

    @Test
    void accept_metropolisAllowed_vetoOnlyFromAnAllowedModel() {
        assertEquals(0.0, rate(EFFICIENT, k(5, true), k(8, false), 6), 0, "on an allowed model: a failing proposal is vetoed");
        assertEquals(1.0, rate(EFFICIENT, k(5, true), k(8, true), 6), 0, "on an allowed model: a better allowed one taken");
        assertEquals(1.0, rate(EFFICIENT, k(5, false), k(8, false), 7), 0, "on a failing model: no veto, K rises -> taken");
        assertEquals(1.0, rate(EFFICIENT, k(5, false), k(8, true), 7), 0, "on a failing model: an allowed better one taken");
        double p = Math.exp(-1);
        double tol = 5 * Math.sqrt(p * (1 - p) / N);
        assertEquals(p, rate(EFFICIENT, k(5, false), k(3, false), 8), tol, "on a failing model: Metropolis exp(dK/2), dK = -2");
        assertEquals(p, rate(EFFICIENT, k(5, true), k(3, true), 9), tol, "on an allowed model: Metropolis exp(dK/2), dK = -2");
        assertEquals(0.0, rate(EFFICIENT, k(5, true), k(3, false), 9), 0, "on an allowed model: a worse failing one never");
        UniformRandomProvider rng = Walker.SOURCE.create(10L);
        assertTrue(Walker.accept(EFFICIENT, null, k(-50, false), rng), "K undefined so far -> take");
        assertFalse(Walker.accept(EFFICIENT, k(5, false), Evaluation.undefined("x"), rng), "undefined K reverted");
    }
}

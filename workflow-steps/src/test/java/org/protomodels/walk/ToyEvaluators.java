package org.protomodels.walk;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.protomodels.predict.model.ProtoModel;

/** Analytic evaluators for the walker's tests (no database): deterministic functions of the model. */
final class ToyEvaluators {
    private ToyEvaluators() {
    }

    /** K is the same for every model; all particles count as in the combination; critics pass. */
    static Evaluator flat(double k) {
        return m -> Evaluation.of(k, k, Math.sqrt(Math.max(k, 0)), 1.0, true, m.masses().keySet(), null);
    }

    /**
     * K peaks at the target masses: K = 10 - sum over targets ((m - m0)/width)^2 (a missing target costs 6) - 1 per
     * extra particle. The best combination holds the targets that are present.
     */
    static Evaluator peak(Map<Integer, Double> targets, double width) {
        return m -> {
            double k = 10;
            Set<Integer> in = new TreeSet<>();
            for (var t : targets.entrySet()) {
                Double x = m.masses().get(t.getKey());
                if (x == null) {
                    k -= 6;
                } else {
                    double d = (x - t.getValue()) / width;
                    k -= d * d;
                    in.add(t.getKey());
                }
            }
            for (int p : m.masses().keySet()) {
                if (!targets.containsKey(p)) {
                    k -= 1;
                }
            }
            return Evaluation.of(k, k + 2, Math.sqrt(Math.max(0, k + 2)), 1.0, true, in, "toy peak");
        };
    }

    /** Counts evaluations (for stop-after-k-steps tests). */
    static Evaluator counting(Evaluator e, AtomicLong counter) {
        return m -> {
            counter.incrementAndGet();
            return e.evaluate(m);
        };
    }

    /** K depends on a hash of the model: a rough landscape where acceptance varies. */
    static Evaluator rough() {
        return (ProtoModel m) -> {
            int h = m.masses().hashCode() * 31 + m.signalStrengths().hashCode();
            double k = (Math.floorMod(h, 1000)) / 100.0;
            if (Math.floorMod(h, 17) == 0) {
                return Evaluation.undefined("toy: undefined");
            }
            return Evaluation.of(k, k, k, 1.0, Math.floorMod(h, 5) != 0, m.masses().keySet(), null);
        };
    }
}

package org.protomodels.walk;

import java.util.ArrayList;
import java.util.List;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.SignalStrength;

/**
 * The signal-strength loop of spec 2.5 around a raw evaluator (one that reports mu-hat of the best combination for
 * the model as given). With {@code iterations > 1} (v2): evaluate, and while |mu-hat - 1| >= tolerance rescale every
 * SSM by mu-hat and evaluate again, at most {@code iterations} times; not converged (or mu-hat = 0) -> K undefined.
 * With {@code iterations == 1} (paper2020): evaluate once; K is that of the model as given (Z^2 at mu-hat), and the
 * model is rescaled by mu-hat afterwards (the raw evaluator already clipped mu-hat to mu_max). The raw evaluator is
 * asked in stages ({@link Evaluator#staged}): the models the loop rescales away from are never completed.
 */
public final class MuHatFit implements Evaluator {
    private final Evaluator raw;
    private final int iterations;
    private final double tolerance;
    private final double cap;

    public MuHatFit(Evaluator raw, int iterations, double tolerance, double ssmCap) {
        if (iterations < 1 || !(tolerance > 0) || !(ssmCap > 0)) {
            throw new IllegalArgumentException("iterations >= 1, tolerance > 0, ssmCap > 0 required");
        }
        this.raw = raw;
        this.iterations = iterations;
        this.tolerance = tolerance;
        this.cap = ssmCap;
    }

    public static MuHatFit of(Evaluator raw, WalkSettings s) {
        return new MuHatFit(raw, s.muHatIterations(), s.muHatTolerance(), s.ssmRescaleCap());
    }

    @Override
    public Evaluation evaluate(ProtoModel model) {
        ProtoModel m = model;
        for (int i = 0; i < iterations; i++) {
            // the first stage suffices until the loop settles; only the kept model is completed (critics)
            Evaluator.Staged e = raw.staged(m);
            if (!e.defined()) {
                return e.complete();
            }
            double mu = e.muHat();
            if (iterations == 1) {
                return e.complete().withModel(mu > 0 && Double.isFinite(mu) ? rescale(m, mu) : m);
            }
            if (Math.abs(mu - 1) < tolerance) {
                return e.complete().withModel(m);
            }
            if (!(mu > 0) || !Double.isFinite(mu)) {
                return Evaluation.undefined("mu-hat = " + mu + ": rescaling cannot converge");
            }
            m = rescale(m, mu);
        }
        return Evaluation.undefined("mu-hat did not converge within " + iterations + " predictions");
    }

    /** Every SSM multiplied by {@code mu} (capped). */
    public ProtoModel rescale(ProtoModel m, double mu) {
        List<SignalStrength> s = new ArrayList<>(m.signalStrengths().size());
        for (SignalStrength x : m.signalStrengths()) {
            s.add(new SignalStrength(x.pdg1(), x.pdg2(), Math.min(cap, x.value() * mu)));
        }
        return ProtoModel.of(m.masses(), m.decays(), s, m.step());
    }
}

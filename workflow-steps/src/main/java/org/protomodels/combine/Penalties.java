package org.protomodels.combine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.protomodels.predict.model.Particles;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.SignalStrength;

/**
 * The extra factors of protomodels develop multiplied into the prior (spec 6.3): a missing experiment, extreme
 * signal-strength multipliers and undemocratic lepton-flavour decays of N2 and C1. Each factor is reported.
 */
public final class Penalties {
    static final int N2 = 1000023;
    static final int C1 = 1000024;
    static final double TAU_MASS = 1.78;

    /** The factors and their product. */
    public record Factors(double missingExperiment, double extremeSsm, double leptonFlavour) {
        public double product() {
            return missingExperiment * extremeSsm * leptonFlavour;
        }
    }

    private Penalties() {
    }

    /** All factors 1 (profile penalties disabled). */
    public static Factors none() {
        return new Factors(1, 1, 1);
    }

    /** {@code analysisIds}: the ids of every kept prediction (not only the best combination). */
    public static Factors of(ProtoModel model, Collection<String> analysisIds, Profile.Penalties p) {
        if (!p.enabled()) {
            return none();
        }
        return new Factors(missingExperiment(analysisIds, p), extremeSsm(model.signalStrengths(), p),
                p.leptonFlavour() ? leptonFlavour(model) : 1);
    }

    static double missingExperiment(Collection<String> ids, Profile.Penalties p) {
        if (ids.isEmpty()) {
            return p.noPredictions();
        }
        boolean atlas = ids.stream().anyMatch(s -> s.contains("ATLAS"));
        boolean cms = ids.stream().anyMatch(s -> s.contains("CMS"));
        return atlas && cms ? 1 : p.singleExperiment();
    }

    static double extremeSsm(List<SignalStrength> ssms, Profile.Penalties p) {
        double f = 1;
        for (SignalStrength s : ssms) {
            double v = s.value();
            if (v == 0 || (v > p.extremeSsmLow() && v < p.extremeSsmHigh())) {
                continue;
            }
            double l = Math.log10(v) / p.extremeSsmSlope();
            f *= Math.max(p.extremeSsmFloor(), v < 1 ? 1 + l : 1 - l);
        }
        return f;
    }

    /** spec 6.3, N2 and C1 only. */
    static double leptonFlavour(ProtoModel model) {
        double f = 1;
        for (int mother : new int[] {N2, C1}) {
            Map<List<Integer>, Double> ch = model.decayTable().get(mother);
            if (ch == null || ch.isEmpty()) {
                continue;
            }
            boolean two = false;
            boolean three = false;
            List<List<Integer>> open = new ArrayList<>();
            List<Double> brs = new ArrayList<>();
            for (var e : ch.entrySet()) {
                if (e.getValue() > 0) {
                    open.add(e.getKey());
                    brs.add(e.getValue());
                    two |= e.getKey().size() == 2;
                    three |= e.getKey().size() == 3;
                }
            }
            if (!three) {
                continue; // only 2-body decays: no factor
            }
            if (two) {
                return 0; // a mixture of 2- and 3-body decays is rejected
            }
            if (open.size() == 1 && quarkChannel(open.get(0))) {
                continue;
            }
            int leptonic = 0;
            for (List<Integer> k : open) {
                if (leptonChannel(k)) {
                    leptonic++;
                }
            }
            if (leptonic == 0) {
                if (mother == C1 && open.size() > 1) {
                    return 0;
                }
                continue;
            }
            double dm = model.mass(mother) - model.mass(Particles.LSP);
            double threshold = mother == C1 ? 2 * TAU_MASS : TAU_MASS;
            if (dm >= threshold && leptonic != 3) {
                f *= 1.0 / (4 - leptonic);
            } else if (dm < threshold && leptonic != 2) {
                f *= 0.5;
            } else {
                double mean = brs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                double max = brs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
                double min = brs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
                f *= 1 - Math.max(max - mean, mean - min) / 3;
            }
        }
        return f;
    }

    private static boolean quarkChannel(List<Integer> key) {
        for (int id : key) {
            if (!Particles.isBsm(id) && !(id >= 1 && id <= 5)) {
                return false;
            }
        }
        return true;
    }

    private static boolean leptonChannel(List<Integer> key) {
        for (int id : key) {
            if (id >= 11 && id <= 16) {
                return true;
            }
        }
        return false;
    }
}

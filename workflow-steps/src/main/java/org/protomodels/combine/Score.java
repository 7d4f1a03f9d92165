package org.protomodels.combine;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The score of one protomodel (spec 6): the test statistic {@code k}, the significance {@code z} of the best
 * combination, {@code tl} = sum of the members' weights 2[nll(0) - nll(1)], the combination's mu-hat with the
 * interval it was searched in and its 95% CL upper limit on mu, the prior and the penalty factor, the members, the
 * critics' verdicts and the curves (null unless asked for). {@code defined} is false when K cannot be computed
 * ({@code explanation} says why); a model without any prediction scores K = 0 with an explanation.
 */
public record Score(String profile, boolean defined, String explanation, double k, double z, double tl, double muHat,
                    double muHatLower, double muHatUpper, double upperLimit, ModelPrior.Details prior,
                    Penalties.Factors penalties, List<Member> combination, List<CriticVerdict> critics, Curves curves) {
    public Score {
        combination = combination == null ? List.of() : List.copyOf(combination);
        critics = critics == null ? List.of() : List.copyOf(critics);
        if (defined && !Double.isFinite(k)) {
            throw new IllegalArgumentException("k: a defined score has a finite K, got " + k);
        }
    }

    /** One result of the best combination. {@code particles}: the PDG ids (absolute) of its topologies. */
    public record Member(String analysis, String dataset, String type, double sqrts, List<String> topologies,
                         Set<Integer> particles, Double observed, Double expected, Double rObs, Double rExp, double z,
                         double contribution) {
        public Member {
            topologies = List.copyOf(topologies);
            particles = java.util.Collections.unmodifiableSet(new TreeSet<>(particles));
        }
    }

    /** -2 Delta ln L versus mu for every member and for the combination (score.json {@code curves}). */
    public record Curves(double[] mu, List<String> labels, List<double[]> members, double[] combination) {
    }

    /** The product of the penalty factors. */
    public double penalty() {
        return penalties == null ? 1 : penalties.product();
    }

    /** Every PDG id that appears in a topology of the best combination (the walk freezes the others, spec 2.3). */
    public Set<Integer> particlesInCombination() {
        Set<Integer> s = new TreeSet<>();
        for (Member m : combination) {
            s.addAll(m.particles());
        }
        return java.util.Collections.unmodifiableSet(s);
    }

    /** True when every enabled critic passes (the muMax critic never vetoes). */
    public boolean criticsPass() {
        for (CriticVerdict v : critics) {
            if (!v.pass()) {
                return false;
            }
        }
        return true;
    }
}

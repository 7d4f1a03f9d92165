package org.protomodels.pvalues;

import java.util.List;

/**
 * The global p-value section of {@code pvalues.json} (spec 9.1): the observed best K of each real-data run and
 * their mean K_obs, the fakes' best K, p at K_obs (empirical and Gaussian-KDE, each with its Monte-Carlo
 * uncertainty), the significance Z of the KDE p-value, and the range of the KDE p over the observed runs
 * ({@code kdeAtMaxObserved} = p at the largest observed K, {@code kdeAtMinObserved} = p at the smallest).
 */
public record GlobalPValueReport(List<BestK.Run> observed, List<BestK.Run> fakes, double observedK, double empirical,
                                 double empiricalError, double kde, double kdeError, double bandwidth, double z,
                                 double kdeAtMaxObserved, double kdeAtMinObserved) {
    public GlobalPValueReport {
        observed = List.copyOf(observed);
        fakes = List.copyOf(fakes);
    }

    public static GlobalPValueReport of(List<BestK.Run> observed, List<BestK.Run> fakes) {
        if (observed.isEmpty()) {
            throw new IllegalArgumentException("observed: need at least one observed run");
        }
        double[] k = fakes.stream().mapToDouble(BestK.Run::k).toArray();
        double mean = observed.stream().mapToDouble(BestK.Run::k).average().orElseThrow();
        double max = observed.stream().mapToDouble(BestK.Run::k).max().orElseThrow();
        double min = observed.stream().mapToDouble(BestK.Run::k).min().orElseThrow();
        GlobalPValue g = GlobalPValue.of(mean, k);
        return new GlobalPValueReport(observed, fakes, mean, g.empirical(), g.empiricalError(), g.kde(), g.kdeError(),
                g.bandwidth(), RegionPValue.significance(Math.min(Math.max(g.kde(), 1e-300), 1 - 1e-16)), GlobalPValue.of(max, k).kde(), GlobalPValue.of(min, k).kde());
    }

    /** The fakes' best K values, in input order. */
    public double[] fakeK() {
        return fakes.stream().mapToDouble(BestK.Run::k).toArray();
    }
}

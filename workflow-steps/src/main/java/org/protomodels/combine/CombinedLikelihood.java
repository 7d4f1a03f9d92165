package org.protomodels.combine;

import java.util.List;
import org.protomodels.stats.optim.Roots;
import org.protomodels.stats.simplified.AsymptoticCls;

/**
 * Several results under one signal strength (spec 4.5, SModelS {@code TheoryPredictionsCombiner}):
 * nll_C(mu) = sum_k nll_k(mu), uncorrelated members. mu-hat is searched on [lo, hi] with lo = 0 (or 3 min_k mu-hat_k
 * when every member allows negative signals) and hi = max(1.5, 3 max_k mu-hat_k), optionally capped by mu_max
 * (paper2020, spec 7.1). sigma_mu from the curvature at mu-hat. The 95% CL upper limit on mu uses the asymptotic
 * CLs with the members' background-only Asimov likelihoods summed.
 */
public final class CombinedLikelihood {
    private final ResultLikelihood[] members;
    private final boolean allowNegative;
    private final double lower;
    private final double upper;
    private final double muHat;
    private final double nllMuHat;

    private CombinedLikelihood(List<ResultLikelihood> members, double muMax) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("members: a combination needs at least one result");
        }
        this.members = members.toArray(new ResultLikelihood[0]);
        boolean neg = true;
        double maxHat = Double.NEGATIVE_INFINITY;
        double minHat = Double.POSITIVE_INFINITY;
        for (ResultLikelihood r : this.members) {
            neg &= r.allowNegative();
            double m = r.muHat();
            if (Double.isFinite(m)) {
                maxHat = Math.max(maxHat, m);
                minHat = Math.min(minHat, m);
            }
        }
        this.allowNegative = neg;
        double hi = Math.max(1.5, Double.isFinite(maxHat) ? 3 * maxHat : 1.5);
        double lo = neg && Double.isFinite(minHat) && minHat < 0 ? 3 * minHat : 0;
        if (muMax < hi) {
            hi = Math.max(lo, muMax);
        }
        this.lower = lo;
        this.upper = hi;
        if (this.members.length == 1 && Double.isFinite(this.members[0].muHat())) {
            double m = Math.min(hi, Math.max(lo, this.members[0].muHat()));
            this.muHat = m;
        } else {
            this.muHat = minimise(lo, hi, Double.isFinite(maxHat) ? weightedStart() : 1);
        }
        this.nllMuHat = nll(muHat);
    }

    /** The combination of {@code members} without an upper bound on mu. */
    public static CombinedLikelihood of(List<ResultLikelihood> members) {
        return new CombinedLikelihood(members, Double.POSITIVE_INFINITY);
    }

    /** With mu-hat capped at {@code muMax} (the v1 critic, spec 7.1). */
    public static CombinedLikelihood of(List<ResultLikelihood> members, double muMax) {
        return new CombinedLikelihood(members, muMax);
    }

    /** The 1/sigma^2-weighted mean of the members' mu-hats (SModelS's first start point). */
    private double weightedStart() {
        double num = 0;
        double den = 0;
        for (ResultLikelihood r : members) {
            double m = r.muHat();
            if (!Double.isFinite(m)) {
                continue;
            }
            double s = r.sigmaMu();
            double w = s > 0 && Double.isFinite(s) ? 1 / (s * s) : 1;
            num += w * m;
            den += w;
        }
        return den > 0 ? num / den : 1;
    }

    private double minimise(double lo, double hi, double start) {
        double x = Roots.minimize(this::nll, lo, hi, 1e-10, 500);
        double fx = nll(x);
        // guard against a local minimum: the spec's start points and the ends of the interval
        double[] starts = {start, 1, 0, 3, 10, 0.1, lo, hi};
        for (double s : starts) {
            if (s >= lo && s <= hi) {
                double f = nll(s);
                if (f < fx) {
                    fx = f;
                    x = s;
                }
            }
        }
        return x;
    }

    public List<ResultLikelihood> members() {
        return List.of(members);
    }

    public int size() {
        return members.length;
    }

    /** Observed nll_C(mu). */
    public double nll(double mu) {
        double s = 0;
        for (ResultLikelihood r : members) {
            s += r.nll(mu);
        }
        return s;
    }

    /** A priori expected nll_C(mu). */
    public double expectedNll(double mu) {
        double s = 0;
        for (ResultLikelihood r : members) {
            s += r.expectedNll(mu);
        }
        return s;
    }

    double asimovNll(double mu) {
        double s = 0;
        for (ResultLikelihood r : members) {
            s += r.asimovNll(mu);
        }
        return s;
    }

    public double muHat() {
        return muHat;
    }

    /** The interval mu-hat was searched in: {lower, upper}. */
    public double[] muHatBounds() {
        return new double[] {lower, upper};
    }

    public boolean allowNegative() {
        return allowNegative;
    }

    public double nllMuHat() {
        return nllMuHat;
    }

    /** sigma_mu = 1/sqrt(d2 nll / d mu2) at mu-hat (numerical, one-sided at a bound). */
    public double sigmaMu() {
        double h = 1e-3 * Math.max(1, Math.abs(muHat));
        double c = muHat - h >= lower ? (nll(muHat + h) - 2 * nllMuHat + nll(muHat - h)) / (h * h)
                : (nll(muHat + 2 * h) - 2 * nll(muHat + h) + nllMuHat) / (h * h);
        return c > 0 ? 1 / Math.sqrt(c) : Double.NaN;
    }

    /** TL-style weight 2 [nll_C(0) - nll_C(1)]. */
    public double weight() {
        return 2 * (nll(0) - nll(1));
    }

    /** Z^2 = 2 [nll_C(0) - nll_C(mu-hat)] >= 0 (spec 4.6). */
    public double z2() {
        return Math.max(0, 2 * (nll(0) - nllMuHat));
    }

    /** Observed 95% CL upper limit on mu (asymptotic CLs, spec 4.5); NaN if none. */
    public double upperLimit() {
        double m0 = Math.max(0, muHat);
        double n0 = m0 == muHat ? nllMuHat : nll(m0);
        double asimovHat = Roots.minimize(this::asimovNll, 0, Math.max(upper, 1.5), 1e-8, 200);
        double a0 = Math.min(asimovNll(asimovHat), asimovNll(0));
        return limit(this::nll, n0, m0, this::asimovNll, a0);
    }

    /** A priori expected 95% CL upper limit on mu; NaN if none. */
    public double expectedUpperLimit() {
        double e0 = expectedNll(0);
        return limit(this::expectedNll, e0, 0, this::expectedNll, e0);
    }

    private double limit(java.util.function.DoubleUnaryOperator f, double f0, double hat,
                         java.util.function.DoubleUnaryOperator a, double a0) {
        java.util.function.DoubleUnaryOperator root = mu -> AsymptoticCls.clsFromNll(a.applyAsDouble(mu), a0,
                f.applyAsDouble(mu), f0, hat > mu) - 0.05;
        double s = sigmaMu();
        s = Double.isFinite(s) ? Math.min(Math.max(s, 0.5), 100.) : 1;
        return Roots.firstDownCrossing(root, hat, 0.5 * s, 1e6, 1e-10, 1e-8);
    }

    /** Observed r of the combination: 1 / upper limit on mu (NaN if undefined). */
    public double rObs() {
        if (members.length == 1) {
            return members[0].rObs();
        }
        double ul = upperLimit();
        return ul > 0 ? 1 / ul : Double.NaN;
    }
}

package org.protomodels.stats.simplified;

import org.apache.commons.numbers.gamma.Erfc;
import org.protomodels.stats.optim.Roots;

/**
 * CLs with the asymptotic formulae of Cowan et al. (arXiv:1007.1727) built the way SModelS 3.1.1's
 * {@code UpperLimitComputer.getCLsRootFunc} builds it (physics-spec 4.5):
 * <ol>
 * <li>the model for the evaluation type (observed; a priori: n := b; a posteriori: n := b + theta-hat(0));</li>
 * <li>mu-hat (>= 0) and nll0 = nll(mu-hat);</li>
 * <li>post-fit Asimov data n_A = b + theta-hat(mu = 0) of that model, its mu-hat_A (>= 0) and nll0_A;</li>
 * <li>q_mu = 2 (nll(mu) - nll0), 0 if negative or mu-hat > mu; q_A = max(0, 2 (nll_A(mu) - nll0_A));</li>
 * <li>CLs = CLsb / CLb (0 if CLb = 0); the 95% CL upper limit solves CLs(mu) = 0.05 in SModelS's bracket.</li>
 * </ol>
 * By default both mu-hats are tightly converged (SModelS's {@code *_exact_muhat} construction);
 * {@link #withMuHats} reproduces a run of SModelS whose optimiser returned other values.
 * Not thread-safe (it evaluates the likelihoods' work arrays); build one per thread.
 */
public final class AsymptoticCls {
    private static final double ALPHA = 0.05;
    private static final double[] A_FALLBACK = {0.0, 1.0, 3.0, 10.0, 0.1, 0.01, .001, 100., .0001};
    private static final double[] B_FALLBACK = {1.0, 0.0, 3.0, 10.0, 0.1, 100.0, 1000.0, .01, .001, 10000.0, 100000.0,
        1000000.0};

    private final SimplifiedLikelihood model;
    private final SimplifiedLikelihood asimov;
    private final double muHat;
    private final double sigmaMu;
    private final double nll0;
    private final double muHatAsimov;
    private final double nll0Asimov;

    private AsymptoticCls(SimplifiedLikelihood model, SimplifiedLikelihood asimov, double muHat, double sigmaMu,
            double muHatAsimov) {
        this.model = model;
        this.asimov = asimov;
        this.muHat = muHat;
        this.sigmaMu = sigmaMu;
        this.nll0 = model.nll(muHat);
        this.muHatAsimov = muHatAsimov;
        this.nll0Asimov = asimov.nll(muHatAsimov);
    }

    /** Tightly converged mu-hats (recommended). */
    public static AsymptoticCls of(SimplifiedLikelihood observed, EvaluationType type) {
        SimplifiedLikelihood m = observed.forEvaluation(type);
        requireSignal(m);
        double[] theta0 = m.thetaHat(0);
        SimplifiedLikelihood a = m.withObserved(m.asimovData(0));
        double mh = m.muHat(false);
        return new AsymptoticCls(m, a, mh, m.smodelsSigmaMu(mh, theta0), a.muHat(false));
    }

    /**
     * With given mu-hat of the model and of its Asimov data (e.g. the values SModelS's optimiser found), to
     * reproduce its CLs and limits where that optimiser stopped early.
     */
    public static AsymptoticCls withMuHats(SimplifiedLikelihood observed, EvaluationType type, double muHat,
            double muHatAsimov) {
        SimplifiedLikelihood m = observed.forEvaluation(type);
        requireSignal(m);
        double[] theta0 = m.thetaHat(0);
        SimplifiedLikelihood a = m.withObserved(m.asimovData(0));
        return new AsymptoticCls(m, a, muHat, m.smodelsSigmaMu(muHat, theta0), muHatAsimov);
    }

    /**
     * mu-hats found inside SModelS 3.1.1's {@code findMuHat} bounds ({@link SimplifiedLikelihood#smodelsBoundedMuHat}):
     * reproduces SModelS's CLs and limits also where its optimiser is bound-limited.
     */
    public static AsymptoticCls smodelsBounded(SimplifiedLikelihood observed, EvaluationType type) {
        SimplifiedLikelihood m = observed.forEvaluation(type);
        requireSignal(m);
        double[] theta0 = m.thetaHat(0);
        SimplifiedLikelihood a = m.withObserved(m.asimovData(0));
        double mh = m.smodelsBoundedMuHat(false);
        return new AsymptoticCls(m, a, mh, m.smodelsSigmaMu(mh, theta0), a.smodelsBoundedMuHat(false));
    }

    /** The three 95% CL limits on mu SModelS reports, with tightly converged mu-hats. */
    public static UpperLimits upperLimits(SimplifiedLikelihood observed) {
        return new UpperLimits(of(observed, EvaluationType.OBSERVED).upperLimit(),
                of(observed, EvaluationType.APRIORI).upperLimit(), of(observed, EvaluationType.APOSTERIORI).upperLimit());
    }

    /** Observed, a priori expected and a posteriori expected 95% CL upper limits on mu. */
    public record UpperLimits(double observed, double expectedApriori, double expectedAposteriori) {
    }

    private static void requireSignal(SimplifiedLikelihood m) {
        if (m.zeroSignal()) {
            throw new IllegalArgumentException("all signal yields are zero: no limit on mu can be set");
        }
    }

    public double muHat() {
        return muHat;
    }

    public double muHatAsimov() {
        return muHatAsimov;
    }

    public double sigmaMu() {
        return sigmaMu;
    }

    /** CLs at signal strength mu. */
    public double cls(double mu) {
        double nll = model.nll(mu);
        double nllA = asimov.nll(mu);
        return clsFromNll(nllA, nll0Asimov, nll, nll0, muHat > mu);
    }

    /** CLs(mu) - 0.05, whose root is the 95% CL upper limit. */
    public double rootFunction(double mu) {
        return cls(mu) - ALPHA;
    }

    /**
     * The 95% CL upper limit on mu: the first downward crossing of CLs = 0.05 above mu-hat, found by stepping
     * from mu-hat in steps of sigma'/2 (sigma' = sigma_mu clamped to [0.5, 100]) and Brent to 1e-12. Equal to the
     * root in SModelS's bracket wherever CLs is monotonic; where an SLv2 Asimov fit makes CLs jump, this is the
     * lowest such limit (as the golden {@code *_exact_muhat} limits are). NaN if none below mu-hat + 1e6.
     */
    public double upperLimit() {
        double s = Math.min(Math.max(sigmaMu, 0.5), 100.);
        return Roots.firstDownCrossing(this::rootFunction, Math.max(muHat, 0), 0.5 * s, 1e6, 1e-12, 1e-12);
    }

    /** The root in SModelS's own bracket ({@code determineBrentBracket}), converged to 1e-12. */
    public double upperLimitSmodelsBracket() {
        return upperLimit(1e-12, 1e-12);
    }

    /** As SModelS: its bracket and its root tolerances (rtol 1e-3, xtol 1e-6). */
    public double upperLimitFast() {
        return upperLimit(1e-6, 1e-3);
    }

    private double upperLimit(double xtol, double rtol) {
        double[] ab = bracket();
        if (ab == null) {
            return Double.NaN;
        }
        return Roots.brent(this::rootFunction, ab[0], ab[1], ab[2], ab[3], xtol, rtol, 200);
    }

    /**
     * SModelS's {@code determineBrentBracket} (allowNegative = false): {a, b, f(a), f(b)} or null.
     */
    double[] bracket() {
        double s = Math.min(Math.max(sigmaMu, 0.5), 100.);
        double a = muHat + 1.5 * s;
        double ra = rootFunction(a);
        int i = 0;
        while (ra < 0.0) {
            i++;
            a -= (double) i * i * s;
            ra = rootFunction(a);
            if (i > 20 || a < -10000.0 || a < 0) {
                boolean found = false;
                for (double x : A_FALLBACK) {
                    a = x;
                    ra = rootFunction(a);
                    if (ra > 0.0) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return null;
                }
            }
        }
        i = 0;
        double b = muHat + 2.5 * s;
        double rb = rootFunction(b);
        while (rb > 0.0) {
            i++;
            b += (double) i * i * s;
            rb = rootFunction(b);
            if (i > 20 || b < 0) {
                boolean found = false;
                for (double x : B_FALLBACK) {
                    b = x;
                    rb = rootFunction(b);
                    if (rb < 0.0) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return null;
                }
            }
        }
        return new double[] {a, b, ra, rb};
    }

    /**
     * SModelS {@code CLsfromNLL}: CLs from the nll of the data and of the Asimov data and their minima.
     *
     * @param muHatAboveMu q_mu is set to 0 when mu-hat > mu (one-sided test statistic)
     */
    public static double clsFromNll(double nllA, double nll0A, double nll, double nll0, boolean muHatAboveMu) {
        double qmu = 2 * (nll - nll0);
        if (qmu < 0.0 || muHatAboveMu) {
            qmu = 0.0;
        }
        double sqmu = Math.sqrt(qmu);
        double qA = 2 * (nllA - nll0A);
        if (qA < 0.0) {
            qA = 0.0;
        }
        double sqA = Math.sqrt(qA);
        double clsb;
        double clb;
        if (qA >= qmu) {
            clsb = 1.0 - phi(sqmu);
            clb = phi(sqA - sqmu);
        } else {
            clsb = qA == 0.0 ? 1.0 : 1.0 - phi((qmu + qA) / (2 * sqA));
            clb = qA == 0.0 ? 1.0 : 1.0 - phi((qmu - qA) / (2 * sqA));
        }
        return clb > 0 ? clsb / clb : 0.0;
    }

    /** Standard normal CDF. */
    static double phi(double x) {
        return 0.5 * Erfc.value(-x / Math.sqrt(2));
    }
}

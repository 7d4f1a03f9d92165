package org.protomodels.stats.simplified;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Monte-Carlo marginalised likelihood of several signal regions (SModelS 2.2.1 {@code marginalizedLikelihood};
 * physics-spec 4.2): the mean over theta ~ MVN(0, V) of prod_i Poisson(n_i | lambda_i), lambda_i = mu s_i + b_i + theta_i
 * (SLv2: mu s_i + A_i + theta_i + C_i theta_i^2/B_i^2), lambda <= 0 set to 1e-30. For SLv2 V is B rho B, as in SModelS.
 * The random source is passed in.
 */
public final class MarginalisedLikelihood {
    private final int n;
    private final double[] obs;
    private final double[] bkg;
    private final double[] sig;
    private final double[] lgam;
    private final double[] cholesky;
    private final double[] coefA;
    private final double[] coefB;
    private final double[] coefC;

    private MarginalisedLikelihood(SimplifiedLikelihood sl) {
        ModelInput in = sl.input();
        this.n = in.size();
        this.obs = in.observed();
        this.bkg = in.background();
        this.sig = in.signal();
        this.lgam = new double[n];
        for (int i = 0; i < n; i++) {
            lgam[i] = LogGamma.value(obs[i] + 1);
        }
        this.coefA = sl.coefficientA();
        this.coefB = sl.coefficientB();
        this.coefC = sl.coefficientC();
        double[][] v = sl.isSecondOrder() ? sl.thetaCovariance() : in.covariance();
        this.cholesky = new double[n * n];
        Linear.cholesky(v, cholesky, n);
    }

    public static MarginalisedLikelihood of(SimplifiedLikelihood sl) {
        return new MarginalisedLikelihood(sl);
    }

    /** Estimate with {@code toys} draws: {mean, standard error of the mean}. */
    public double[] likelihood(double mu, int toys, UniformRandomProvider rng) {
        if (toys < 2) {
            throw new IllegalArgumentException("toys must be >= 2, got " + toys);
        }
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] z = new double[n];
        double sum = 0;
        double sum2 = 0;
        for (int t = 0; t < toys; t++) {
            for (int i = 0; i < n; i++) {
                z[i] = gauss.sample();
            }
            double logp = 0;
            for (int i = 0; i < n; i++) {
                double th = 0;
                int base = i * n;
                for (int k = 0; k <= i; k++) {
                    th += cholesky[base + k] * z[k];
                }
                double l = coefA == null ? mu * sig[i] + bkg[i] + th
                        : mu * sig[i] + coefA[i] + th + coefC[i] * th * th / (coefB[i] * coefB[i]);
                if (l <= 0) {
                    l = 1e-30;
                }
                logp += (obs[i] == 0 ? 0 : obs[i] * Math.log(l)) - l - lgam[i];
            }
            double p = Math.exp(logp);
            sum += p;
            sum2 += p * p;
        }
        double mean = sum / toys;
        double var = Math.max(0, sum2 / toys - mean * mean) * toys / (toys - 1);
        return new double[] {mean, Math.sqrt(var / toys)};
    }
}

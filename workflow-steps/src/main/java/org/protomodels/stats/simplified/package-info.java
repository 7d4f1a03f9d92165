/**
 * SModelS-style simplified likelihoods (physics-spec section 4): the truncated Gaussian built from an observed
 * and an expected upper limit ({@link org.protomodels.stats.simplified.TruncatedGaussian}), one signal region with
 * a Gaussian background nuisance ({@link org.protomodels.stats.simplified.PoissonGaussian}, closed form, plus the
 * SModelS 2.2.1 marginalised form), several correlated regions (SLv1) and their skewed variant with third moments
 * (SLv2) profiled by a bounded Newton method ({@link org.protomodels.stats.simplified.SimplifiedLikelihood}), the
 * Monte-Carlo marginalised likelihood ({@link org.protomodels.stats.simplified.MarginalisedLikelihood}) and
 * SModelS 3.1.1's asymptotic CLs and 95% CL upper limits on mu ({@link org.protomodels.stats.simplified.AsymptoticCls}).
 * <p>
 * Conventions copied from SModelS so that numbers agree to the last digits (see golden/README.md): nll includes
 * ln Gamma(n+1) and ln det(2 pi V)/2; lambda is clipped at 1e-30; theta_i is bounded to [-10 n_i, 10 n_i] (fixed
 * at 0 when n_i = 0); a posteriori and Asimov data are post-fit (b + theta-hat(mu = 0)). Where SModelS's own mu-hat
 * optimiser stops early, the default here is the tightly converged mu-hat.
 * <p>
 * Inputs are validated in {@link org.protomodels.stats.simplified.ModelInput}; the likelihood objects own work
 * arrays (allocation-free evaluation) and are not thread-safe: use {@code copy()} per thread.
 */
package org.protomodels.stats.simplified;

/**
 * Inference on a compiled model, separate from it: MLE and fixed-POI fits ({@link org.protomodels.stats.infer.Mle}),
 * q_mu / q~_mu / q0, the asymptotic calculator (CLs and expected band, Cowan et al.) and upper limits, following
 * pyhf's {@code infer} module.
 */
package org.protomodels.stats.infer;

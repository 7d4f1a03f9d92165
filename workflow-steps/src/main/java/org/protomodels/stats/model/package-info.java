/**
 * The compiled HistFactory model, shaped like pyhf: {@link org.protomodels.stats.model.ModelConfig} (parameter order,
 * inits, bounds, fixed, aux data exactly as pyhf lays them out), {@link org.protomodels.stats.model.Model} (expected
 * data, Asimov data) and {@link org.protomodels.stats.model.Likelihood} (log L and its analytic gradient for one data
 * set, allocation-free after construction).
 */
package org.protomodels.stats.model;

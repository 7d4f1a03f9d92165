/**
 * Per-modifier knowledge: registration order of the types, the parameter set each needs
 * ({@link org.protomodels.stats.modifier.ParameterRequirement}), shapesys aux data and staterror widths as pyhf
 * computes them.
 */
package org.protomodels.stats.modifier;

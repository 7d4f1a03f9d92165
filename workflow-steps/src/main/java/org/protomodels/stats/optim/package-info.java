/**
 * Deterministic bounded minimisers that report a status instead of throwing: projected L-BFGS
 * ({@link org.protomodels.stats.optim.BoundedMinimizer}) and projected damped Newton with a curvature matrix
 * ({@link org.protomodels.stats.optim.BoundedNewton}).
 */
package org.protomodels.stats.optim;

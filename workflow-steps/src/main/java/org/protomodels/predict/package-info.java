/**
 * From a protomodel to theory predictions (spec 1 and 3): {@link org.protomodels.predict.Predictor} chains the
 * reference cross sections ({@code xsec}), the decomposition and matching ({@code decomp}) and the map
 * interpolation ({@code grid}) over a {@link org.protomodels.database.Database}; the protomodel itself, its JSON,
 * SLHA and hiscore-dictionary forms live in {@code model}.
 */
package org.protomodels.predict;

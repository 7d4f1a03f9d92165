/** Decomposition into bracket-notation elements, compression, and matching to constraints (spec 3.2.2-3.2.3, 12.3). */
package org.protomodels.predict.decomp;

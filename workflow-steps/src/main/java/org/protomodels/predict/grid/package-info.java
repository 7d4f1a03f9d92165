/** SModelS-style interpolation of upper-limit and efficiency maps: PCA, Delaunay, barycentric (spec 3.2.5). */
package org.protomodels.predict.grid;

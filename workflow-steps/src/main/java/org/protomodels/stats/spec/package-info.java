/**
 * pyhf / HistFactory JSON 1.0.0 as records ({@link org.protomodels.stats.spec.Workspace},
 * {@link org.protomodels.stats.spec.Channel}, {@link org.protomodels.stats.spec.Sample},
 * {@link org.protomodels.stats.spec.Modifier}, {@link org.protomodels.stats.spec.Measurement},
 * {@link org.protomodels.stats.spec.PatchSet}), read by {@link org.protomodels.stats.spec.WorkspaceReader}: JSON syntax,
 * the official pyhf schemas (from a folder given by the caller), then pyhf's semantic checks. Data only.
 */
package org.protomodels.stats.spec;

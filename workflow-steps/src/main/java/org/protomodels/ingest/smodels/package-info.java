/**
 * Readers for the SModelS text database and the protomodels side tables (spec 12, 1.6, 5.1).
 * <ul>
 * <li>{@link org.protomodels.ingest.smodels.SModelSTextReader}: the database folder into canonical
 * {@code Analysis} records (plus the {@code version} file), reporting every unused file or field as a
 * {@link org.protomodels.ingest.smodels.SkippedItem}.</li>
 * <li>{@link org.protomodels.ingest.smodels.CombinationMatrixReader}: {@code ATLAS13.yaml} etc. into a symmetric,
 * sorted combinability map.</li>
 * <li>{@link org.protomodels.ingest.smodels.CrossSectionTableReader}: {@code xsecTables/*.txt} into
 * {@code CrossSectionTable}s in fb.</li>
 * </ul>
 * Decisions a reader of the canonical records should know:
 * <ul>
 * <li>Analysis id: the globalInfo {@code id}, or the folder name when it extends that id (older databases keep the
 * efficiency-map variant in {@code <id>-eff} with the same {@code id}; 42 such pairs in v1.2.4). The globalInfo id
 * is kept in {@code info["id"]}: combination matrices and {@code combinableWith} lists use it.</li>
 * <li>Upper-limit datasets have id {@code data} when {@code dataId} is None.</li>
 * <li>Grid axes: bracket notation gives one axis per written coordinate, {@code mass[b][v]} / {@code width[b][v]}
 * (branch b, vertex v); a {@code '*'} branch contributes none. Graph notation gives the dataMap's axes,
 * {@code mass(label(node))}. Point order is the file's.</li>
 * <li>An inclusive branch {@code [*]} in a constraint is one vertex holding
 * {@link org.protomodels.ingest.smodels.ConstraintParser#INCLUSIVE_BRANCH}.</li>
 * <li>{@code finalState} defaults to {@code ['MET', 'MET']} (SModelS's default) when a txName file omits it.</li>
 * <li>A tag written twice in an info file is ignored entirely (SModelS); a repeated txName, constraint, dataMap or
 * data block is refused.</li>
 * </ul>
 */
package org.protomodels.ingest.smodels;

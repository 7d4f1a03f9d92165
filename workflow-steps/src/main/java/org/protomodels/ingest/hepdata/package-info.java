/**
 * HEPData records in the submission format, read, validated and mapped onto the canonical database records.
 *
 * <p>Reading: {@link org.protomodels.ingest.hepdata.HepDataRecordReader} opens a folder, single YAML file, gzip,
 * tar.gz/tgz or zip through {@link org.protomodels.io.SafeArchive}, validates submission.yaml and every data file
 * against the official HEPData schemas (1.1.1 by default; v0 layouts are reported as the old format and read with
 * {@code withSchemaVersion("0.1.0")}), applies hepdata-validator's semantic rules, and returns a
 * {@link org.protomodels.ingest.hepdata.HepDataRecord} of {@link org.protomodels.ingest.hepdata.Table}s, or every
 * {@link org.protomodels.ingest.hepdata.Problem} with its file and JSON pointer (or {@code :line:col}).
 *
 * <p>Mapping: {@link org.protomodels.ingest.hepdata.Catalogue} ({@code database/catalogue.yaml}, schema
 * {@code docs/schemas/1.0.0/catalogue.json}) says which table is what; {@link
 * org.protomodels.ingest.hepdata.HepDataIngest} turns each entry into an {@link org.protomodels.database.Analysis}:
 * <pre>
 * Catalogue catalogue = Catalogue.read(Path.of("database/catalogue.yaml"));
 * HepDataIngest ingest = HepDataIngest.of(HepDataRecordReader.of(schemasDir).withThreads(threads));
 * IngestNotes notes = new IngestNotes();                 // unmapped tables, missing figures, macOS junk
 * List&lt;Analysis&gt; analyses = ingest.read(catalogue, hepdataRoot, notes);
 * </pre>
 * Units are normalised on the way ({@link org.protomodels.ingest.hepdata.Units}): upper limits to fb, masses to
 * GeV, luminosity to fb^-1; sqrt(s) and luminosity qualifiers must agree with the catalogue. Online records
 * ({@code source: {inspire: N}}) go through {@link org.protomodels.ingest.hepdata.HepDataClient}'s cache.
 */
package org.protomodels.ingest.hepdata;

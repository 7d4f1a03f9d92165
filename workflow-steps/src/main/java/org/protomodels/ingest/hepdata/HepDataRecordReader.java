package org.protomodels.ingest.hepdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.protomodels.io.SafeArchive;
import org.protomodels.io.SchemaValidator;
import org.protomodels.io.Sha256;
import org.protomodels.io.Yaml;
import org.protomodels.step.InvalidInputException;

/**
 * Reads a HEPData submission (folder, archive or single YAML file, see {@link SafeArchive}) and checks it the way
 * HEPData's own validator does: every document of submission.yaml against the official submission or
 * additional-info schema, every data file against the data schema (JSON data files too, through the YAML loader, as
 * real ones carry trailing commas), then the semantic rules the schema cannot express (duplicate names, plain file
 * names, consistent column lengths, numeric and not-all-zero uncertainties, at least one dependent variable, valid
 * cmenergies). Schemas are read from local folders only; nothing is fetched.
 * <p>Schema version: 1.1.1 unless another is chosen. A submission that fails 1.x but passes 0.1.0 is reported as the
 * old (v0) format; choose {@code withSchemaVersion("0.1.0")} to read it.
 */
public final class HepDataRecordReader {
    public static final String DEFAULT_SCHEMA_VERSION = "1.1.1";
    public static final String V0_SCHEMA_VERSION = "0.1.0";
    static final String HEPDATA_PREFIX = "https://hepdata.net/submission/schemas/";
    static final String PYHF_PREFIX = "https://scikit-hep.org/pyhf/schemas/";
    private static final String LOCAL_PREFIX = "local-schema:";
    private static final Pattern CMENERGIES_RANGE = Pattern.compile("^\\s*\\d+(\\.\\d*)?\\s*-\\s*\\d+(\\.\\d*)?\\s*$");
    private static final Pattern EXTRA_PROPERTY = Pattern.compile("^property '([^']+)' is not defined in the schema");
    private static final Set<String> DATA_KEYS = Set.of("independent_variables", "dependent_variables");

    private final Path hepdataSchemas;
    private final Path pyhfSchemas;
    private final String schemaVersion;
    private final boolean versionChosen;
    private final SafeArchive.Limits limits;
    private final long maxDataFileBytes;
    private final int threads;
    private final SchemaValidator validator;

    /** HEPData refuses data files above 10 MiB; so do we (a data file is one table). */
    public static final long DEFAULT_MAX_DATA_FILE_BYTES = 10L * 1024 * 1024;

    private HepDataRecordReader(Path hepdataSchemas, Path pyhfSchemas, String schemaVersion, boolean versionChosen,
                                SafeArchive.Limits limits, long maxDataFileBytes, int threads) {
        this.hepdataSchemas = hepdataSchemas;
        this.pyhfSchemas = pyhfSchemas;
        this.schemaVersion = schemaVersion;
        this.versionChosen = versionChosen;
        this.limits = limits;
        this.maxDataFileBytes = maxDataFileBytes;
        this.threads = threads;
        var b = SchemaValidator.builder();
        if (hepdataSchemas != null) {
            b.mapFolder(HEPDATA_PREFIX, hepdataSchemas);
        }
        if (pyhfSchemas != null) {
            b.mapFolder(PYHF_PREFIX, pyhfSchemas);
        }
        this.validator = b.build();
    }

    /** A reader using the official HEPData schemas in {@code hepdataSchemas} (one sub-folder per version). */
    public static HepDataRecordReader of(Path hepdataSchemas) {
        if (!Files.isDirectory(hepdataSchemas.resolve(DEFAULT_SCHEMA_VERSION))) {
            throw new org.protomodels.step.InputMissingException(hepdataSchemas + ": no HEPData schema folder "
                    + DEFAULT_SCHEMA_VERSION + " inside");
        }
        return new HepDataRecordReader(hepdataSchemas, null, DEFAULT_SCHEMA_VERSION, false, SafeArchive.Limits.defaults(),
                DEFAULT_MAX_DATA_FILE_BYTES, 1);
    }

    /**
     * A reader with the official schemas found where this installation keeps them: system property
     * {@code protomodels.hepdata.schemas} (pyhf: {@code protomodels.pyhf.schemas}), else the environment variable
     * {@code PROTOMODELS_HEPDATA_SCHEMAS} ({@code PROTOMODELS_PYHF_SCHEMAS}), else {@code schemas/hepdata}
     * ({@code schemas/pyhf}) under the shared folder {@code protomodels.shared}. The schemas are not shipped in the
     * jar (they belong to hepdata-validator and pyhf). Without them the reader makes the semantic checks only and
     * says so in every record's notes ({@link #withoutSchemas()}).
     */
    public static HepDataRecordReader withSchemas() {
        Path hep = locate("protomodels.hepdata.schemas", "PROTOMODELS_HEPDATA_SCHEMAS", "schemas/hepdata");
        Path pyhf = locate("protomodels.pyhf.schemas", "PROTOMODELS_PYHF_SCHEMAS", "schemas/pyhf");
        HepDataRecordReader r = hep != null ? of(hep) : withoutSchemas();
        return pyhf != null ? r.withPyhfSchemas(pyhf) : r;
    }

    /** A reader without the official schemas: semantic checks only (each record notes it). */
    public static HepDataRecordReader withoutSchemas() {
        return new HepDataRecordReader(null, null, DEFAULT_SCHEMA_VERSION, false, SafeArchive.Limits.defaults(),
                DEFAULT_MAX_DATA_FILE_BYTES, 1);
    }

    private static Path locate(String property, String env, String underShared) {
        String p = System.getProperty(property);
        if (p == null || p.isBlank()) {
            p = System.getenv(env);
        }
        if (p == null || p.isBlank()) {
            String shared = System.getProperty("protomodels.shared");
            p = shared == null || shared.isBlank() ? null : Path.of(shared).resolve(underShared).toString();
        }
        if (p == null) {
            return null;
        }
        Path dir = Path.of(p);
        return Files.isDirectory(dir.resolve(underShared.endsWith("pyhf") ? "1.0.0" : DEFAULT_SCHEMA_VERSION)) ? dir : null;
    }

    /** True when the official HEPData schemas are checked (false: semantic checks only). */
    public boolean checksSchemas() {
        return hepdataSchemas != null;
    }

    /** Validate against this HEPData schema version (0.1.0, 1.0.0, 1.0.1, 1.1.0, 1.1.1). */
    public HepDataRecordReader withSchemaVersion(String version) {
        if (hepdataSchemas != null && !Files.isDirectory(hepdataSchemas.resolve(version))) {
            throw new IllegalArgumentException("schemaVersion: no HEPData schema folder '" + version + "'");
        }
        return new HepDataRecordReader(hepdataSchemas, pyhfSchemas, version, true, limits, maxDataFileBytes, threads);
    }

    /** Validate tables whose data_schema is a pyhf schema against the pyhf schemas in {@code dir} (holds 1.0.0/). */
    public HepDataRecordReader withPyhfSchemas(Path dir) {
        return new HepDataRecordReader(hepdataSchemas, dir, schemaVersion, versionChosen, limits, maxDataFileBytes,
                threads);
    }

    public HepDataRecordReader withLimits(SafeArchive.Limits newLimits) {
        return new HepDataRecordReader(hepdataSchemas, pyhfSchemas, schemaVersion, versionChosen, newLimits,
                maxDataFileBytes, threads);
    }

    /**
     * Read the data files of a record on {@code n} threads (default 1). The result, problems and notes are the
     * same, in the same order, for any {@code n}.
     */
    public HepDataRecordReader withThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads: must be >= 1, got " + n);
        }
        return new HepDataRecordReader(hepdataSchemas, pyhfSchemas, schemaVersion, versionChosen, limits,
                maxDataFileBytes, n);
    }

    /** Largest data file accepted (default {@link #DEFAULT_MAX_DATA_FILE_BYTES}, HEPData's limit). */
    public HepDataRecordReader withMaxDataFileBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxDataFileBytes: must be > 0, got " + bytes);
        }
        return new HepDataRecordReader(hepdataSchemas, pyhfSchemas, schemaVersion, versionChosen, limits, bytes,
                threads);
    }

    /** Reads and validates; the first problem is thrown as {@link InvalidInputException} naming file and pointer. */
    public HepDataRecord read(Path input) {
        return validate(input).orThrow();
    }

    /** Validates and reports every problem found (the record only when there are none). */
    public Validation validate(Path input) {
        return validate(input, true);
    }

    /**
     * Validates submission.yaml alone (schemas and metadata rules; data files are neither required nor read), as
     * HEPData's submission-file validator does. Tables come back without variables.
     */
    public Validation validateSubmissionFile(Path file) {
        return validate(file, false);
    }

    private Validation validate(Path input, boolean withData) {
        if (Files.isRegularFile(input) && looksLikeOldHepData(input)) {
            return invalid(List.of(new Problem(input.toString(), "", "unsupported format: this is the pre-2016"
                    + " 'old HepData' text input format (*dataset:/*dserror: records); convert it to the YAML"
                    + " submission format")), List.of());
        }
        try (SafeArchive archive = SafeArchive.open(input, limits)) {
            Validation v = validateOpened(archive, schemaVersion, withData);
            if (!v.valid() && !versionChosen && !schemaVersion.equals(V0_SCHEMA_VERSION) && hepdataSchemas != null
                    && Files.isDirectory(hepdataSchemas.resolve(V0_SCHEMA_VERSION))
                    && v.problems().stream().noneMatch(p -> p.location().startsWith(":"))) {
                Validation v0 = validateOpened(archive, V0_SCHEMA_VERSION, withData);
                if (v0.valid()) {
                    return invalid(List.of(new Problem(archive.describe(archive.submissionFile()), "",
                            "old (v0) submission format: invalid under HEPData schema " + schemaVersion
                                    + " but valid under " + V0_SCHEMA_VERSION + " (read it with schema version "
                                    + V0_SCHEMA_VERSION + " or convert it); first 1.x problem: " + v.problems().get(0))),
                            v.notes());
                }
            }
            return v;
        } catch (InvalidInputException e) {
            return invalid(List.of(Problem.of(e)), List.of());
        }
    }

    /** Reads one stand-alone data table file (YAML or JSON) and validates it against the data schema. */
    public Validation validateDataFile(Path file) {
        return validateDataFile(file, null);
    }

    /** As {@link #validateDataFile(Path)} but against a custom schema file (HEPData's data_schema mechanism). */
    public Validation validateDataFile(Path file, Path customSchema) {
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Table t = readDataTable(file, file.toString(), file.getFileName().toString(), file.getFileName().toString(),
                null, Map.of(), customSchema == null ? null : localSchemaId(customSchema), schemaVersion,
                customSchema == null ? null : customSchema.getParent(), problems, notes);
        if (!problems.isEmpty() || t == null) {
            return invalid(problems, notes);
        }
        return new Validation(new HepDataRecord(file.toString(), schemaVersion, Map.of(), List.of(t), notes), List.of(), notes);
    }

    private static Validation invalid(List<Problem> problems, List<String> notes) {
        return new Validation(null, problems, notes);
    }

    private Validation validateOpened(SafeArchive archive, String version, boolean withData) {
        List<String> headNotes = new ArrayList<>(archive.notes());
        if (hepdataSchemas == null) {
            headNotes.add(archive.source() + ": the official HEPData schemas were not available: only the semantic"
                    + " checks were made");
        }
        Path subFile = archive.submissionFile();
        String subName = archive.describe(subFile);
        List<JsonNode> docs;
        try {
            docs = readYamlDocs(subFile, subName);
        } catch (InvalidInputException e) {
            return invalid(List.of(Problem.of(e)), headNotes);
        }
        if (docs.isEmpty()) {
            return invalid(List.of(new Problem(subName, "", "empty submission: no YAML documents")), headNotes);
        }
        boolean v0 = version.equals(V0_SCHEMA_VERSION);
        Map<String, String> header = new LinkedHashMap<>();
        // Per document: its problems and notes, so that the report keeps document order whatever order the data
        // files are read in (they may be read in parallel); tables go into slots in submission order.
        List<List<Problem>> perDocProblems = new ArrayList<>();
        List<List<String>> perDocNotes = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<DataJob> jobs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> dataFiles = new HashSet<>();
        Set<String> referenced = new HashSet<>();
        referenced.add(subFile.getFileName().toString());
        for (int k = 0; k < docs.size(); k++) {
            JsonNode doc = docs.get(k);
            String at = "/" + k;
            List<Problem> problems = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            perDocProblems.add(problems);
            perDocNotes.add(notes);
            if (!doc.isObject()) {
                problems.add(new Problem(subName, at, "a submission document must be a mapping"));
                continue;
            }
            boolean inline = doc.has("independent_variables") || doc.has("dependent_variables");
            if (!doc.has("name") && !doc.has("data_file") && !inline) {
                schemaProblems(schemaId(version, "additional_info_schema.json"), doc, subName, at, problems);
                doc.fields().forEachRemaining(f -> {
                    if (f.getValue().isValueNode()) {
                        header.put(f.getKey(), f.getValue().asText());
                    }
                });
                checkResources(doc.get("additional_resources"), archive, subName, at, v0, problems, notes, referenced);
                continue;
            }
            JsonNode meta = doc;
            if (inline) {
                ObjectNode m = ((ObjectNode) doc).deepCopy();
                m.remove(DATA_KEYS);
                if (!m.has("data_file")) {
                    m.put("data_file", "inline-table-" + k);
                }
                meta = m;
            }
            schemaProblems(schemaId(version, "submission_schema.json"), meta, subName, at, problems);
            String name = doc.path("name").asText(null);
            if (name != null && !names.add(name)) {
                problems.add(new Problem(subName, at + "/name", "Duplicate table name: " + name));
            }
            if (!v0) {
                checkCmEnergies(doc.get("keywords"), subName, at, problems);
            }
            checkResources(doc.get("additional_resources"), archive, subName, at, v0, problems, notes, referenced);
            Map<String, List<String>> keywords = keywords(doc.get("keywords"));
            String description = doc.path("description").asText("");
            String dataSchema = doc.hasNonNull("data_schema") ? doc.get("data_schema").asText() : null;
            if (inline) {
                ObjectNode data = Yaml.mapper().createObjectNode();
                for (String key : DATA_KEYS) {
                    if (doc.has(key)) {
                        data.set(key, doc.get(key));
                    }
                }
                Table t = buildTable(data, subName, at, name == null ? "table " + k : name, null, description,
                        keywords, version, problems);
                if (t != null) {
                    tables.add(t);
                }
                continue;
            }
            String dataFile = doc.path("data_file").asText(null);
            if (dataFile == null) {
                continue; // the schema problem says data_file is missing
            }
            if (!dataFiles.add(dataFile)) {
                problems.add(new Problem(subName, at + "/data_file", "Duplicate table data_file: " + dataFile));
                continue;
            }
            if (dataFile.contains("/") || dataFile.contains("\\")) {
                problems.add(new Problem(subName, at + "/data_file", "data_file '" + dataFile
                        + "' must be a plain file name in the submission folder (it contains '/')"));
                continue;
            }
            referenced.add(dataFile);
            if (!withData) {
                tables.add(new Table(name == null ? "table " + k : name, dataFile, description, keywords, List.of(),
                        List.of(), dataSchema, null));
                continue;
            }
            Path file = archive.root().resolve(dataFile);
            if (Files.isSymbolicLink(file)) {
                problems.add(new Problem(subName, at + "/data_file", "data_file '" + dataFile
                        + "' is a symbolic link: links are never followed"));
                continue;
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(subName, at + "/data_file", "Missing data_file '" + dataFile
                        + "': no such file in the submission"));
                continue;
            }
            String schemaId = null;
            Path schemaDir = null;
            if (dataSchema != null) {
                if (dataSchema.startsWith(PYHF_PREFIX) && pyhfSchemas == null) {
                    notes.add(archive.describe(file) + ": data_schema " + dataSchema
                            + " not validated (no pyhf schema folder given)");
                    tables.add(new Table(name, dataFile, description, keywords, List.of(), List.of(), dataSchema,
                            Sha256.of(file)));
                    continue;
                } else if (dataSchema.startsWith(PYHF_PREFIX)) {
                    schemaId = dataSchema;
                } else {
                    problems.add(new Problem(subName, at + "/data_schema", "data_schema '" + dataSchema
                            + "' is not available locally (remote schemas are never fetched; only pyhf schemas are known)"));
                    continue;
                }
            }
            String described = archive.describe(file);
            String tableName = name;
            String sid = schemaId;
            int slot = tables.size();
            tables.add(null);
            jobs.add(new DataJob(slot, problems, notes, (p, n) -> readDataTable(file, described, tableName, dataFile,
                    description, keywords, sid, version, schemaDir, p, n)));
        }
        runJobs(jobs, tables);
        tables.removeIf(java.util.Objects::isNull);
        List<Problem> problems = new ArrayList<>();
        perDocProblems.forEach(problems::addAll);
        List<String> notes = new ArrayList<>(headNotes);
        perDocNotes.forEach(notes::addAll);
        if (!archive.singleFile() && withData) {
            noteUnreferenced(archive, referenced, notes);
        }
        if (!problems.isEmpty()) {
            return invalid(problems, notes);
        }
        return new Validation(new HepDataRecord(archive.source().toString(), version, header, tables, notes),
                List.of(), notes);
    }

    /** Reading one data file: fills its own problem and note lists, returns the table or null. */
    private interface DataRead {
        Table read(List<Problem> problems, List<String> notes);
    }

    /** A data file to read, the slot of its table, and the lists of its document. */
    private record DataJob(int slot, List<Problem> docProblems, List<String> docNotes, DataRead read) {
    }

    private record DataResult(Table table, List<Problem> problems, List<String> notes) {
    }

    /** Reads the data files, on {@code threads} threads; results are merged in submission order. */
    private void runJobs(List<DataJob> jobs, List<Table> tables) {
        List<DataResult> results = new ArrayList<>(jobs.size());
        if (threads <= 1 || jobs.size() <= 1) {
            for (DataJob j : jobs) {
                results.add(run(j));
            }
        } else {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(Math.min(threads, jobs.size()));
            try {
                List<java.util.concurrent.Future<DataResult>> futures = new ArrayList<>();
                for (DataJob j : jobs) {
                    futures.add(pool.submit(() -> run(j)));
                }
                for (var f : futures) {
                    results.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new org.protomodels.step.InterruptedStageException("interrupted while reading data files");
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(c);
            } finally {
                pool.shutdownNow();
            }
        }
        for (int i = 0; i < jobs.size(); i++) {
            DataJob j = jobs.get(i);
            DataResult r = results.get(i);
            tables.set(j.slot(), r.table());
            j.docProblems().addAll(r.problems());
            j.docNotes().addAll(r.notes());
        }
    }

    private static DataResult run(DataJob j) {
        List<Problem> p = new ArrayList<>();
        List<String> n = new ArrayList<>();
        Table t = j.read().read(p, n);
        return new DataResult(t, p, n);
    }

    /** Reads, validates and builds one data table; null when it could not be read. */
    private Table readDataTable(Path file, String described, String name, String dataFile, String description,
                                Map<String, List<String>> keywords, String customSchemaId, String version,
                                Path customSchemaDir, List<Problem> problems, List<String> notes) {
        try {
            long size = Files.size(file);
            if (size > maxDataFileBytes) {
                problems.add(new Problem(described, "", "data file of " + size + " bytes is bigger than the limit of "
                        + maxDataFileBytes + " bytes (HEPData's is 10 MiB)"));
                return null;
            }
        } catch (IOException e) {
            problems.add(new Problem(described, "", "cannot read: " + e.getMessage()));
            return null;
        }
        List<JsonNode> docs;
        try {
            docs = readYamlDocs(file, described);
        } catch (InvalidInputException e) {
            problems.add(Problem.of(e));
            return null;
        }
        if (docs.isEmpty()) {
            problems.add(new Problem(described, "", "empty data file: no YAML/JSON document"));
            return null;
        }
        if (docs.size() > 1) {
            problems.add(new Problem(described, "", "a data file must hold one document, found " + docs.size()));
            return null;
        }
        JsonNode data = docs.get(0);
        if (customSchemaId != null) {
            SchemaValidator v = customSchemaDir == null ? validator
                    : SchemaValidator.builder().mapFolder(LOCAL_PREFIX, customSchemaDir).build();
            int before = problems.size();
            schemaProblems(v, customSchemaId, data, described, "", problems);
            if (problems.size() > before) {
                return null;
            }
            // Kept by reference: the content is another format (e.g. a pyhf workspace), read by its own stage.
            return new Table(name, dataFile, description, keywords, List.of(), List.of(), customSchemaId,
                    Sha256.of(file));
        }
        return buildTable(data, described, "", name, dataFile, description, keywords, version, problems);
    }

    /** Schema and semantic checks of one data table, then the model; null when there are problems. */
    private Table buildTable(JsonNode data, String file, String base, String name, String dataFile, String description,
                             Map<String, List<String>> keywords, String version, List<Problem> problems) {
        int before = problems.size();
        if (!data.isObject()) {
            problems.add(new Problem(file, base, "a data table must be a mapping with independent_variables and"
                    + " dependent_variables"));
            return null;
        }
        schemaProblems(schemaId(version, "data_schema.json"), data, file, base, problems);
        try {
            return semanticTable(data, file, base, name, dataFile, description, keywords, problems, before);
        } catch (RuntimeException e) {
            // The semantic pass met a shape the schema already refused; the schema problems say what is wrong.
            if (problems.size() == before) {
                problems.add(new Problem(file, base, "unreadable table: " + e));
            }
            return null;
        }
    }

    private Table semanticTable(JsonNode data, String file, String base, String name, String dataFile,
                                String description, Map<String, List<String>> keywords, List<Problem> problems,
                                int before) {
        JsonNode indep = data.path("independent_variables");
        JsonNode dep = data.path("dependent_variables");
        if (dep.isEmpty()) {
            problems.add(new Problem(file, base + "/dependent_variables", "no dependent variables: a table with"
                    + " independent variables only (e.g. a binning) is not supported"));
            return null;
        }
        int n = -1;
        String first = null;
        for (String kind : List.of("independent_variables", "dependent_variables")) {
            JsonNode vars = data.path(kind);
            for (int i = 0; i < vars.size(); i++) {
                JsonNode values = vars.get(i).get("values");
                if (values == null) {
                    continue;
                }
                if (n < 0) {
                    n = values.size();
                    first = kind;
                } else if (values.size() != n) {
                    problems.add(new Problem(file, base + "/" + kind + "/" + i + "/values",
                            "Inconsistent length of 'values' list: " + first + " [" + n + "], " + kind + " ["
                                    + values.size() + "]"));
                }
            }
        }
        List<Variable> independent = new ArrayList<>();
        for (int i = 0; i < indep.size(); i++) {
            independent.add(variable(indep.get(i), file, base + "/independent_variables/" + i, false, problems));
        }
        List<Variable> dependent = new ArrayList<>();
        for (int i = 0; i < dep.size(); i++) {
            dependent.add(variable(dep.get(i), file, base + "/dependent_variables/" + i, true, problems));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Table(name, dataFile, description, keywords, independent, dependent, null, null);
    }

    private static Variable variable(JsonNode v, String file, String at, boolean dependent, List<Problem> problems) {
        JsonNode h = v.path("header");
        String name = h.path("name").asText("").trim();
        String units = h.hasNonNull("units") ? h.get("units").asText() : null;
        List<Qualifier> qualifiers = new ArrayList<>();
        for (JsonNode q : v.path("qualifiers")) {
            qualifiers.add(new Qualifier(q.path("name").asText(""), q.path("value").asText(""),
                    q.hasNonNull("units") ? q.get("units").asText() : null));
        }
        List<Value> values = new ArrayList<>();
        JsonNode vals = v.path("values");
        for (int j = 0; j < vals.size(); j++) {
            Value val = value(vals.get(j), file, at + "/values/" + j, dependent, problems);
            if (val != null) {
                values.add(val);
            }
        }
        return new Variable(name, units, qualifiers, values);
    }

    private static Value value(JsonNode node, String file, String at, boolean dependent, List<Problem> problems) {
        JsonNode raw = node.get("value");
        Double number = null;
        String text = null;
        if (raw != null && raw.isNumber()) {
            number = raw.doubleValue();
        } else if (raw != null && !raw.isNull()) {
            text = raw.asText();
            Double parsed = parseNumber(text);
            if (parsed != null) {
                number = parsed; // numbers written as strings ('-3.5') are numbers
                text = null;
            }
        }
        Double low = null;
        Double high = null;
        if (node.has("low") || node.has("high")) {
            if (!node.has("low") || !node.has("high")) {
                problems.add(new Problem(file, at, "a bin needs both 'low' and 'high', found only '"
                        + (node.has("low") ? "low" : "high") + "'"));
                return null;
            }
            low = numberOrProblem(node.get("low"), file, at + "/low", problems);
            high = numberOrProblem(node.get("high"), file, at + "/high", problems);
            if (low == null || high == null) {
                return null;
            }
        }
        List<Uncertainty> errors = new ArrayList<>();
        JsonNode errs = node.path("errors");
        boolean allZero = errs.size() > 0;
        for (int e = 0; e < errs.size(); e++) {
            JsonNode err = errs.get(e);
            String eat = at + "/errors/" + e;
            String label = err.hasNonNull("label") ? err.get("label").asText() : null;
            Uncertainty u;
            if (err.has("symerror")) {
                Double s = errorValue(err.get("symerror"), number, file, eat + "/symerror", problems);
                if (s == null) {
                    allZero = false;
                    continue;
                }
                u = Uncertainty.symmetric(label, s);
            } else {
                JsonNode asym = err.path("asymerror");
                Double plus = errorValue(asym.get("plus"), number, file, eat + "/asymerror/plus", problems);
                Double minus = errorValue(asym.get("minus"), number, file, eat + "/asymerror/minus", problems);
                if (plus == null || minus == null) {
                    allZero = false;
                    continue;
                }
                u = Uncertainty.asymmetric(label, plus, minus);
            }
            allZero &= u.isZero();
            errors.add(u);
        }
        if (dependent && allZero) {
            problems.add(new Problem(file, at + "/errors", "Uncertainties should not all be zero"));
        }
        return new Value(number, text, low, high, errors);
    }

    /** An uncertainty: a number, a numeric string, or a percentage of the (numeric) value. */
    private static Double errorValue(JsonNode node, Double value, String file, String at, List<Problem> problems) {
        if (node == null || node.isNull()) {
            problems.add(new Problem(file, at, "missing uncertainty"));
            return null;
        }
        if (node.isNumber()) {
            return finite(node.doubleValue(), file, at, problems);
        }
        String s = node.asText().trim();
        if (s.isEmpty()) {
            return 0.0; // HEPData accepts an empty uncertainty (e.g. one side of an asymerror) as none
        }
        if (s.endsWith("%")) {
            Double pct = parseNumber(s.substring(0, s.length() - 1));
            if (pct == null) {
                problems.add(new Problem(file, at, "uncertainty '" + s + "' is not a number nor a percentage"));
                return null;
            }
            if (value == null) {
                problems.add(new Problem(file, at, "percentage uncertainty '" + s + "' on a non-numeric value"));
                return null;
            }
            return finite(pct / 100.0 * Math.abs(value), file, at, problems);
        }
        Double d = parseNumber(s);
        if (d == null) {
            problems.add(new Problem(file, at, "uncertainty '" + s + "' is not a number"));
            return null;
        }
        return finite(d, file, at, problems);
    }

    private static Double finite(double d, String file, String at, List<Problem> problems) {
        if (!Double.isFinite(d)) {
            problems.add(new Problem(file, at, "uncertainty must be finite, got " + d));
            return null;
        }
        return d;
    }

    private static Double numberOrProblem(JsonNode node, String file, String at, List<Problem> problems) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        Double d = parseNumber(node.asText());
        if (d == null) {
            problems.add(new Problem(file, at, "bin edge '" + node.asText() + "' is not a number"));
        }
        return d;
    }

    /** A plain decimal number (Java's parser also takes '2.3f' and 'NaN', which HEPData does not). */
    static Double parseNumber(String s) {
        String t = s.trim();
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(t);
    }

    private static void checkCmEnergies(JsonNode keywords, String file, String at, List<Problem> problems) {
        if (keywords == null || !keywords.isArray()) {
            return;
        }
        for (int i = 0; i < keywords.size(); i++) {
            JsonNode kw = keywords.get(i);
            if (!"cmenergies".equals(kw.path("name").asText())) {
                continue;
            }
            JsonNode values = kw.path("values");
            for (int j = 0; j < values.size(); j++) {
                JsonNode v = values.get(j);
                if (v.isNumber() || parseNumber(v.asText()) != null || CMENERGIES_RANGE.matcher(v.asText()).matches()) {
                    continue;
                }
                problems.add(new Problem(file, at + "/keywords/" + i + "/values/" + j, "Invalid cmenergies value '"
                        + v.asText() + "': must be a number (GeV) or a range such as 1.7-4.7"));
            }
        }
    }

    /** Local resource files: a '/' in the location is refused; a missing file is a note (figures are often absent). */
    private static void checkResources(JsonNode resources, SafeArchive archive, String file, String at, boolean v0,
                                       List<Problem> problems, List<String> notes, Set<String> referenced) {
        if (resources == null || !resources.isArray() || v0) {
            return;
        }
        for (int i = 0; i < resources.size(); i++) {
            String loc = resources.get(i).path("location").asText("");
            if (loc.isEmpty() || loc.contains("://") || loc.startsWith("doi:")) {
                continue;
            }
            if (loc.contains("/") || loc.contains("\\")) {
                problems.add(new Problem(file, at + "/additional_resources/" + i + "/location", "resource location '"
                        + loc + "' must be a URL or a plain file name in the submission folder (it contains '/')"));
                continue;
            }
            referenced.add(loc);
            if (!archive.singleFile() && !Files.exists(archive.root().resolve(loc), LinkOption.NOFOLLOW_LINKS)) {
                notes.add(file + "#" + at + "/additional_resources/" + i + ": resource file '" + loc
                        + "' is not in the submission (not needed for ingest)");
            }
        }
    }

    private static void noteUnreferenced(SafeArchive archive, Set<String> referenced, List<String> notes) {
        try (var list = Files.list(archive.root())) {
            list.map(p -> p.getFileName().toString()).sorted().filter(n -> !referenced.contains(n)).forEach(n -> {
                String hint = n.startsWith("._") ? " (a macOS AppleDouble file: create archives with"
                        + " COPYFILE_DISABLE=1 tar ... on macOS)" : "";
                notes.add(archive.describe(archive.root().resolve(n)) + ": file is not referenced in the submission" + hint);
            });
        } catch (IOException e) {
            notes.add(archive.root() + ": cannot list the submission folder (" + e.getMessage() + ")");
        }
    }

    private static Map<String, List<String>> keywords(JsonNode keywords) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (keywords == null || !keywords.isArray()) {
            return out;
        }
        for (JsonNode kw : keywords) {
            List<String> values = new ArrayList<>();
            for (JsonNode v : kw.path("values")) {
                values.add(v.asText());
            }
            out.merge(kw.path("name").asText(""), values, (a, b) -> {
                List<String> m = new ArrayList<>(a);
                m.addAll(b);
                return m;
            });
        }
        return out;
    }

    private void schemaProblems(String id, JsonNode doc, String file, String at, List<Problem> problems) {
        if (hepdataSchemas == null && id.startsWith(HEPDATA_PREFIX)) {
            return; // no official schemas: semantic checks only (noted per record)
        }
        schemaProblems(validator, id, doc, file, at, problems);
    }

    private static void schemaProblems(SchemaValidator v, String id, JsonNode doc, String file, String at,
                                       List<Problem> problems) {
        List<String> found;
        try {
            found = v.problems(id, doc);
        } catch (RuntimeException e) {
            problems.add(new Problem(file, at, "schema " + id + " cannot be loaded: " + e.getMessage()));
            return;
        }
        for (String p : found) {
            int colon = p.indexOf(": ");
            String pointer = colon < 0 ? "" : p.substring(0, colon);
            String msg = colon < 0 ? p : p.substring(colon + 2);
            String text = stripPointer(msg);
            var extra = EXTRA_PROPERTY.matcher(text);
            if (extra.find()) {
                pointer += "/" + extra.group(1).replace("~", "~0").replace("/", "~1");
            }
            problems.add(new Problem(file, at + pointer, "schema violation: " + text));
        }
    }

    private static String stripPointer(String m) {
        int colon = m.indexOf(": ");
        return colon > 0 && (m.startsWith("/") || m.startsWith("$")) ? m.substring(colon + 2) : m;
    }

    private static String schemaId(String version, String file) {
        return HEPDATA_PREFIX + version + "/" + file;
    }

    private static String localSchemaId(Path schemaFile) {
        return LOCAL_PREFIX + schemaFile.getFileName();
    }

    private static List<JsonNode> readYamlDocs(Path file, String described) {
        try {
            return HepDataYaml.readAll(Files.readString(file, StandardCharsets.UTF_8), described);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException(described, "", "not UTF-8 text (a binary file?)", e);
        } catch (IOException e) {
            throw new InvalidInputException(described, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /** The old HepData text format starts (after comments) with '*' keyword lines such as '*dataset:'. */
    private static boolean looksLikeOldHepData(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".oldhepdata")) {
            return true;
        }
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null && n++ < 50) {
                String t = line.trim();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                return t.startsWith("*dataset:") || t.startsWith("*author:") || t.startsWith("*reference:")
                        || t.startsWith("*doi:") || t.startsWith("*status:") || t.startsWith("*inspireid:");
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // binary (an archive): not the old format
        }
        return false;
    }
}

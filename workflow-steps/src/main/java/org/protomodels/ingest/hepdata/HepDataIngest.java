package org.protomodels.ingest.hepdata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protomodels.database.Analysis;
import org.protomodels.database.CovarianceMatrix;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Experiment;
import org.protomodels.database.Grid;
import org.protomodels.database.GridAxis;
import org.protomodels.database.SignalRegionCounts;
import org.protomodels.database.TxName;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;

/**
 * Maps HEPData records onto the canonical database records through the curation {@link Catalogue}: signal regions
 * (efficiency-map datasets with counts), the background covariance, upper-limit maps (one upper-limit dataset
 * {@code data}, values in fb, masses in GeV) and efficiency maps. The qualifiers {@code sqrt(s)} and luminosity of
 * every table used are checked against the catalogue. Errors name the table file (or the catalogue) and the field.
 */
public final class HepDataIngest {
    /** Dataset id of the upper-limit maps (SModelS has no id there; the canonical model needs one). */
    public static final String UPPER_LIMIT_DATASET = "data";
    private static final double QUALIFIER_REL_TOLERANCE = 1e-3;

    private final HepDataRecordReader reader;
    private final HepDataClient client;

    private HepDataIngest(HepDataRecordReader reader, HepDataClient client) {
        this.reader = reader;
        this.client = client;
    }

    /** Local records only ({@code source.record}); an {@code inspire} source is then an input-missing error. */
    public static HepDataIngest of(HepDataRecordReader reader) {
        return new HepDataIngest(reader, null);
    }

    /** Also resolves {@code source.inspire} through the client (its cache first). */
    public HepDataIngest withClient(HepDataClient newClient) {
        return new HepDataIngest(reader, newClient);
    }

    /** Reads every catalogue entry; records are resolved against {@code hepdataRoot}. */
    public List<Analysis> read(Catalogue catalogue, Path hepdataRoot, IngestNotes notes) {
        List<Analysis> out = new ArrayList<>();
        for (int i = 0; i < catalogue.analyses().size(); i++) {
            out.add(read(catalogue.analyses().get(i), catalogue.origin(), "/analyses/" + i, hepdataRoot, notes));
        }
        return out;
    }

    /**
     * Reads one entry; {@code catalogueName} and {@code at} (its JSON pointer) name it in messages.
     */
    public Analysis read(Catalogue.Entry e, String catalogueName, String at, Path hepdataRoot, IngestNotes notes) {
        Path input = resolve(e, catalogueName, at, hepdataRoot);
        HepDataRecord record = reader.read(input);
        for (String n : record.notes()) {
            notes.add(e.id(), n);
        }
        Mapper m = new Mapper(e, catalogueName, at, record, input);
        return m.analysis(notes);
    }

    private Path resolve(Catalogue.Entry e, String catalogueName, String at, Path hepdataRoot) {
        Catalogue.Source s = e.source();
        if (s.record() != null) {
            Path rel = Path.of(s.record());
            Path root = hepdataRoot.toAbsolutePath().normalize();
            Path p = root.resolve(rel).normalize();
            if (rel.isAbsolute() || !p.startsWith(root)) {
                throw new InvalidInputException(catalogueName, at + "/source/record", "'" + s.record()
                        + "' must be relative to the HEPData root and stay inside it");
            }
            return p;
        }
        if (client == null) {
            throw new InputMissingException(catalogueName + "#" + at + "/source/inspire: record ins" + s.inspire()
                    + " needs online access (no HEPData client configured)");
        }
        return client.submission(s.inspire());
    }

    /** The mapping of one record; holds the entry, its record and the region numbering. */
    private static final class Mapper {
        private final Catalogue.Entry e;
        private final String cat;
        private final String at;
        private final HepDataRecord record;
        private final Path input;
        private final Map<Integer, String> regionIds = new LinkedHashMap<>();
        private final Map<String, Double> regionErrors = new HashMap<>();

        Mapper(Catalogue.Entry e, String cat, String at, HepDataRecord record, Path input) {
            this.e = e;
            this.cat = cat;
            this.at = at;
            this.record = record;
            this.input = input;
        }

        Analysis analysis(IngestNotes notes) {
            List<DataSet> datasets = new ArrayList<>();
            Map<String, String> info = new LinkedHashMap<>(e.info());
            if (e.signalRegions() != null) {
                datasets.addAll(signalRegions(e.signalRegions(), info));
            }
            CovarianceMatrix cov = e.covariance() == null ? null : covariance(e.covariance());
            for (int k = 0; k < e.efficiencyMaps().size(); k++) {
                attachEfficiencyMap(e.efficiencyMaps().get(k), at + "/efficiencyMaps/" + k, datasets);
            }
            List<TxName> ul = new ArrayList<>();
            for (int k = 0; k < e.upperLimitMaps().size(); k++) {
                ul.add(upperLimitMap(e.upperLimitMaps().get(k), at + "/upperLimitMaps/" + k));
            }
            if (!ul.isEmpty()) {
                datasets.add(new DataSet(UPPER_LIMIT_DATASET, DataType.UPPER_LIMIT, null, null, ul));
            }
            int used = 0;
            for (Table t : record.tables()) {
                if (!isUsed(t)) {
                    notes.add(e.id(), "table '" + t.name().trim() + "' (" + t.dataFile() + ") not mapped by the catalogue");
                } else {
                    used++;
                }
            }
            info.putIfAbsent("hepdataTablesUsed", Integer.toString(used));
            try {
                return new Analysis(e.id(), Experiment.of(e.experiment()), e.sqrts(), e.luminosity(),
                        "hepdata:" + (e.source().record() != null ? e.source().record() : "ins" + e.source().inspire()),
                        null, false, null, datasets, cov, workspaces(at), info);
            } catch (IllegalArgumentException ex) {
                throw new InvalidInputException(cat, at, ex.getMessage(), ex);
            }
        }

        private boolean isUsed(Table t) {
            List<String> keys = new ArrayList<>();
            if (e.signalRegions() != null) {
                keys.add(e.signalRegions().table());
            }
            if (e.covariance() != null) {
                keys.add(e.covariance().table());
            }
            e.upperLimitMaps().forEach(u -> {
                keys.add(u.table());
                if (u.expectedTable() != null) {
                    keys.add(u.expectedTable());
                }
            });
            e.efficiencyMaps().forEach(m -> keys.add(m.table()));
            for (String k : keys) {
                if (record.table(k) == t) {
                    return true;
                }
            }
            return false;
        }

        private Table table(String key, String field) {
            Table t = record.table(key);
            if (t == null) {
                throw new InvalidInputException(cat, field, "record " + e.source() + " has no table with"
                        + " data_file or name '" + key + "'");
            }
            if (t.isReference()) {
                throw new InvalidInputException(cat, field, "table '" + key + "' is a " + t.dataSchema()
                        + " document, not a HEPData data table");
            }
            return t;
        }

        private String file(Table t) {
            return input.resolve(t.dataFile() == null ? "submission.yaml" : t.dataFile()).toString();
        }

        private Variable dependent(Table t, String header, String field) {
            Variable v;
            if (header == null) {
                if (t.dependentVariables().size() != 1) {
                    throw new InvalidInputException(cat, field, "table '" + t.dataFile() + "' has "
                            + t.dependentVariables().size() + " dependent variables: name the one to use");
                }
                v = t.dependentVariables().get(0);
            } else {
                v = t.dependent(header);
            }
            if (v == null) {
                throw new InvalidInputException(cat, field, "table '" + t.dataFile()
                        + "' has no dependent variable '" + header + "' (has " + names(t.dependentVariables()) + ")");
            }
            checkQualifiers(t, v);
            return v;
        }

        private Variable independent(Table t, String header, String field) {
            Variable v = t.independent(header);
            if (v == null) {
                throw new InvalidInputException(cat, field, "table '" + t.dataFile()
                        + "' has no independent variable '" + header + "' (has " + names(t.independentVariables()) + ")");
            }
            return v;
        }

        private static List<String> names(List<Variable> vars) {
            return vars.stream().map(Variable::name).toList();
        }

        /** sqrt(s) and luminosity qualifiers, where present, must agree with the catalogue. */
        private void checkQualifiers(Table t, Variable v) {
            int di = t.dependentVariables().indexOf(v);
            for (int q = 0; q < v.qualifiers().size(); q++) {
                Qualifier ql = v.qualifiers().get(q);
                String name = Units.normaliseName(ql.name());
                String field = "/dependent_variables/" + di + "/qualifiers/" + q;
                double value = ql.number();
                if (name.equals("sqrts") || name.equals("sqrt(s)")) {
                    if (Double.isNaN(value)) {
                        continue; // a range or text: nothing to compare
                    }
                    double tev = value * Units.energyToGeV(ql.units() == null ? "GeV" : ql.units(), file(t), field + "/units") / 1000.0;
                    compare(tev, e.sqrts(), "sqrt(s) qualifier " + ql.value() + " " + ql.units(), "sqrts", t, field);
                } else if (name.contains("luminosity") || name.equals("lumi")) {
                    if (Double.isNaN(value)) {
                        continue;
                    }
                    if (ql.units() == null) {
                        throw new InvalidInputException(file(t), field, "luminosity qualifier without units");
                    }
                    double invFb = value * Units.luminosityToInverseFb(ql.units(), file(t), field + "/units");
                    compare(invFb, e.luminosity(), "luminosity qualifier " + ql.value() + " " + ql.units(), "luminosity", t, field);
                }
            }
        }

        private void compare(double fromTable, double fromCatalogue, String what, String key, Table t, String field) {
            if (Math.abs(fromTable - fromCatalogue) > QUALIFIER_REL_TOLERANCE * Math.abs(fromCatalogue)) {
                throw new InvalidInputException(file(t), field, what + " = " + fromTable + " disagrees with the"
                        + " catalogue's " + key + " " + fromCatalogue + " for " + e.id());
            }
        }

        private List<DataSet> signalRegions(Catalogue.SignalRegions sr, Map<String, String> info) {
            String f = at + "/signalRegions";
            Table t = table(sr.table(), f + "/table");
            Variable index = independent(t, sr.index(), f + "/index");
            Variable observed = dependent(t, sr.observed(), f + "/observed");
            Variable background = dependent(t, sr.background(), f + "/background");
            Variable label = sr.label() == null ? null : dependent(t, sr.label(), f + "/label");
            List<DataSet> out = new ArrayList<>();
            for (int r = 0; r < t.rows(); r++) {
                String row = "/independent_variables/" + t.independentVariables().indexOf(index) + "/values/" + r;
                int bin = binNumber(index.values().get(r), file(t), row);
                String id = sr.idPrefix() + bin;
                if (regionIds.put(bin, id) != null) {
                    throw new InvalidInputException(file(t), row, "bin number " + bin + " appears twice");
                }
                String obsAt = "/dependent_variables/" + t.dependentVariables().indexOf(observed) + "/values/" + r;
                String bkgAt = "/dependent_variables/" + t.dependentVariables().indexOf(background) + "/values/" + r;
                double obs = number(observed.values().get(r), file(t), obsAt);
                Value b = background.values().get(r);
                double bkg = number(b, file(t), bkgAt);
                double err = backgroundError(b, sr.backgroundError(), file(t), bkgAt);
                regionErrors.put(id, err);
                SignalRegionCounts counts;
                try {
                    counts = new SignalRegionCounts(obs, bkg, err, null, null, null);
                } catch (IllegalArgumentException ex) {
                    throw new InvalidInputException(file(t), "/values/" + r, ex.getMessage(), ex);
                }
                if (label != null) {
                    Value l = label.values().get(r);
                    info.put("label." + id, l.text() != null ? l.text() : String.valueOf(l.number()));
                }
                out.add(new DataSet(id, DataType.EFFICIENCY_MAP, counts, null, List.of()));
            }
            info.put("backgroundError", sr.backgroundError() + " of asymmetric errors; several errors in quadrature");
            return out;
        }

        private static int binNumber(Value v, String file, String field) {
            double d = v.isNumeric() ? v.number() : Double.NaN;
            if (!(d == Math.rint(d)) || Double.isInfinite(d)) {
                throw new InvalidInputException(file, field, "bin number must be an integer, got " + (v.text() != null ? v.text() : d));
            }
            return (int) d;
        }

        private static double number(Value v, String file, String field) {
            if (!v.isNumeric()) {
                throw new InvalidInputException(file, field + "/value", "expected a number, got '" + v.text() + "'");
            }
            return v.number();
        }

        /** max (default) or mean of the two sides per error; several errors add in quadrature. */
        private static double backgroundError(Value v, String how, String file, String field) {
            if (v.errors().isEmpty()) {
                throw new InvalidInputException(file, field + "/errors", "the background has no uncertainty");
            }
            double sum2 = 0;
            for (Uncertainty u : v.errors()) {
                double s = "mean".equals(how) ? u.meanAbs() : u.maxAbs();
                sum2 += s * s;
            }
            return Math.sqrt(sum2);
        }

        private CovarianceMatrix covariance(Catalogue.Covariance c) {
            String f = at + "/covariance";
            if (regionIds.isEmpty()) {
                throw new InvalidInputException(cat, f, "a covariance needs signalRegions (its bins are"
                        + " numbered like them)");
            }
            Table t = table(c.table(), f + "/table");
            List<Integer> bins = new ArrayList<>(regionIds.keySet());
            int n = bins.size();
            Map<Integer, Integer> pos = new HashMap<>();
            for (int i = 0; i < n; i++) {
                pos.put(bins.get(i), i);
            }
            double[][] m = new double[n][n];
            boolean[][] seen = new boolean[n][n];
            Variable row = independent(t, c.row(), f + "/row");
            int rowIdx = t.independentVariables().indexOf(row);
            if ("flattened".equals(c.layout())) {
                Variable col = independent(t, c.column(), f + "/column");
                int colIdx = t.independentVariables().indexOf(col);
                Variable val = dependent(t, c.value(), f + "/value");
                int valIdx = t.dependentVariables().indexOf(val);
                for (int r = 0; r < t.rows(); r++) {
                    int i = index(pos, binNumber(row.values().get(r), file(t), "/independent_variables/" + rowIdx + "/values/" + r), file(t), "/independent_variables/" + rowIdx + "/values/" + r);
                    int j = index(pos, binNumber(col.values().get(r), file(t), "/independent_variables/" + colIdx + "/values/" + r), file(t), "/independent_variables/" + colIdx + "/values/" + r);
                    String vAt = "/dependent_variables/" + valIdx + "/values/" + r;
                    if (seen[i][j]) {
                        throw new InvalidInputException(file(t), vAt, "entry (" + bins.get(i) + ", " + bins.get(j) + ") given twice");
                    }
                    m[i][j] = number(val.values().get(r), file(t), vAt);
                    seen[i][j] = true;
                }
            } else {
                if (t.dependentVariables().size() != n) {
                    throw new InvalidInputException(file(t), "/dependent_variables", "matrix layout needs one"
                            + " dependent variable per region: " + t.dependentVariables().size() + " for " + n);
                }
                for (int r = 0; r < t.rows(); r++) {
                    String rAt = "/independent_variables/" + rowIdx + "/values/" + r;
                    int i = index(pos, binNumber(row.values().get(r), file(t), rAt), file(t), rAt);
                    for (int j = 0; j < n; j++) {
                        Variable colVar = t.dependentVariables().get(j);
                        checkQualifiers(t, colVar);
                        m[i][j] = number(colVar.values().get(r), file(t), "/dependent_variables/" + j + "/values/" + r);
                        seen[i][j] = true;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (!seen[i][j]) {
                        throw new InvalidInputException(file(t), "", "covariance entry (" + bins.get(i) + ", "
                                + bins.get(j) + ") missing: " + n + "x" + n + " entries needed");
                    }
                }
            }
            List<String> order = bins.stream().map(regionIds::get).toList();
            if ("correlation".equals(c.kind())) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        m[i][j] *= regionErrors.get(order.get(i)) * regionErrors.get(order.get(j));
                    }
                }
            }
            try {
                return new CovarianceMatrix(order, m);
            } catch (IllegalArgumentException ex) {
                throw new InvalidInputException(file(t), "", ex.getMessage(), ex);
            }
        }

        private static int index(Map<Integer, Integer> pos, int bin, String file, String field) {
            Integer i = pos.get(bin);
            if (i == null) {
                throw new InvalidInputException(file, field, "bin " + bin + " is not a signal region");
            }
            return i;
        }

        private TxName upperLimitMap(Catalogue.UpperLimitMap u, String f) {
            Grid observed = grid(table(u.table(), f + "/table"), u.value(), u.unit(), u.axes(), f, true);
            Grid expected = u.expectedTable() == null ? null
                    : grid(table(u.expectedTable(), f + "/expectedTable"), u.value(), u.unit(), u.axes(), f, true);
            Map<String, String> info = new LinkedHashMap<>();
            info.put("hepdataTable", u.table());
            if (u.expectedTable() != null) {
                info.put("hepdataExpectedTable", u.expectedTable());
            }
            if (u.comment() != null) {
                info.put("comment", u.comment());
            }
            return new TxName(u.txName(), BracketConstraint.parse(u.constraint()), null, null, null, null, observed,
                    expected, null, info);
        }

        /** The entry's full likelihoods, by reference: path relative to the HEPData root, and sha256. */
        private List<org.protomodels.database.WorkspaceRef> workspaces(String at) {
            List<org.protomodels.database.WorkspaceRef> out = new ArrayList<>();
            for (int k = 0; k < e.workspaces().size(); k++) {
                Catalogue.Workspace w = e.workspaces().get(k);
                String where = at + "/workspaces/" + k;
                if (e.source().record() == null || !java.nio.file.Files.isDirectory(input)) {
                    throw new InvalidInputException(cat, where, "a workspace needs a record folder (not an archive or INSPIRE id)");
                }
                Path file = input.resolve(w.file());
                if (!java.nio.file.Files.isRegularFile(file)) {
                    throw new InvalidInputException(cat, where + "/file", "no file " + w.file() + " in " + e.source().record());
                }
                org.protomodels.io.Json.readTree(file); // must at least be JSON; the pyhf schema is checked by likelihoods
                List<org.protomodels.database.WorkspaceRef.Region> regions = new ArrayList<>();
                for (int r = 0; r < w.regions().size(); r++) {
                    var wr = w.regions().get(r);
                    try {
                        regions.add(new org.protomodels.database.WorkspaceRef.Region(wr.smodels(), wr.pyhf(),
                                wr.type() == null ? "SR" : wr.type()));
                    } catch (IllegalArgumentException ex) {
                        throw new InvalidInputException(cat, where + "/regions/" + r, ex.getMessage(), ex);
                    }
                }
                out.add(new org.protomodels.database.WorkspaceRef(e.source().record() + "/" + w.file(),
                        org.protomodels.io.Sha256.of(file), regions));
            }
            return out;
        }

        private void attachEfficiencyMap(Catalogue.EfficiencyMap em, String f, List<DataSet> datasets) {
            Grid g = grid(table(em.table(), f + "/table"), em.value(), null, em.axes(), f, false);
            Map<String, String> info = new LinkedHashMap<>();
            info.put("hepdataTable", em.table());
            if (em.comment() != null) {
                info.put("comment", em.comment());
            }
            TxName tx = new TxName(em.txName(), BracketConstraint.parse(em.constraint()), null, null, null, null, null,
                    null, g, info);
            for (int i = 0; i < datasets.size(); i++) {
                DataSet d = datasets.get(i);
                if (d.id().equals(em.signalRegion())) {
                    List<TxName> txs = new ArrayList<>(d.txNames());
                    txs.add(tx);
                    try {
                        datasets.set(i, new DataSet(d.id(), d.dataType(), d.counts(), d.combinableWith(), txs));
                    } catch (IllegalArgumentException ex) {
                        throw new InvalidInputException(cat, f + "/txName", ex.getMessage(), ex);
                    }
                    return;
                }
            }
            throw new InvalidInputException(cat, f + "/signalRegion", "no signal region '" + em.signalRegion() + "'");
        }

        /** Points (masses in GeV) and values (fb for upper limits, dimensionless for efficiencies). */
        private Grid grid(Table t, String valueHeader, String unitOverride, List<Catalogue.Axis> axes, String f,
                          boolean upperLimit) {
            Variable val = dependent(t, valueHeader, f + "/value");
            int valIdx = t.dependentVariables().indexOf(val);
            double factor = 1.0;
            if (upperLimit) {
                String unit = unitOverride != null ? unitOverride : val.units();
                if (unit == null) {
                    throw new InvalidInputException(file(t), "/dependent_variables/" + valIdx + "/header/units",
                            "upper-limit values without units: give 'unit' in the catalogue");
                }
                factor = unitOverride != null ? Units.crossSectionToFb(unit, cat, f + "/unit")
                        : Units.crossSectionToFb(unit, file(t), "/dependent_variables/" + valIdx + "/header/units");
            }
            List<GridAxis> gridAxes = new ArrayList<>();
            double[] axisFactor = new double[axes.size()];
            List<Variable> axisVars = new ArrayList<>();
            for (int a = 0; a < axes.size(); a++) {
                Catalogue.Axis ax = axes.get(a);
                Variable v = independent(t, ax.variable(), f + "/axes/" + a + "/variable");
                int vi = t.independentVariables().indexOf(v);
                String unit = ax.unit() != null ? ax.unit() : v.units();
                if (unit == null) {
                    throw new InvalidInputException(file(t), "/independent_variables/" + vi + "/header/units",
                            "mass axis without units: give 'unit' in the catalogue axis");
                }
                axisFactor[a] = ax.unit() != null ? Units.energyToGeV(unit, cat, f + "/axes/" + a + "/unit")
                        : Units.energyToGeV(unit, file(t), "/independent_variables/" + vi + "/header/units");
                axisVars.add(v);
                gridAxes.add(new GridAxis(v.name(), "mass", "GeV", ax.branch(), ax.vertex(), null));
            }
            int n = t.rows();
            double[][] points = new double[n][axes.size()];
            double[] values = new double[n];
            for (int r = 0; r < n; r++) {
                for (int a = 0; a < axes.size(); a++) {
                    Variable v = axisVars.get(a);
                    double x = v.values().get(r).asDouble();
                    if (!Double.isFinite(x)) {
                        throw new InvalidInputException(file(t), "/independent_variables/"
                                + t.independentVariables().indexOf(v) + "/values/" + r, "mass must be a finite number");
                    }
                    points[r][a] = x * axisFactor[a];
                }
                String vAt = "/dependent_variables/" + valIdx + "/values/" + r;
                double y = number(val.values().get(r), file(t), vAt) * factor;
                if (!(y >= 0) || Double.isInfinite(y)) {
                    throw new InvalidInputException(file(t), vAt, "value must be finite and >= 0, got " + y);
                }
                values[r] = y;
            }
            return new Grid(gridAxes, upperLimit ? "fb" : "", points, values);
        }
    }
}

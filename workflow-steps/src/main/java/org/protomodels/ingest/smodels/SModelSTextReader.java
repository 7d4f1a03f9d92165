package org.protomodels.ingest.smodels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.protomodels.database.Analysis;
import org.protomodels.database.Condition;
import org.protomodels.database.Constraint;
import org.protomodels.database.CovarianceMatrix;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Experiment;
import org.protomodels.database.Grid;
import org.protomodels.database.GridAxis;
import org.protomodels.database.SignalRegionCounts;
import org.protomodels.database.TxName;
import org.protomodels.database.WorkspaceRef;
import org.protomodels.io.Sha256;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;

/**
 * Reads an SModelS text database (spec 12.1-12.3; database formats 1.x/2.x with bracket notation and 3.x with graph
 * notation) into the canonical records of {@code org.protomodels.database}.
 * <p>
 * Layout: every folder holding {@code globalInfo.txt} is an analysis; each of its sub-folders holding
 * {@code dataInfo.txt} is a dataset; every other {@code .txt} file of a dataset folder is a txName file. Anything
 * else (README, .bib, plots, {@code orig/} and {@code validation/} folders, txt files without a {@code txName}
 * field) is not part of the format and is reported through the {@link SkippedItem} callback.
 * <p>
 * Units: masses GeV, upper limits fb (pb x 1000), luminosity fb^-1, sqrt(s) TeV. The analysis id is the globalInfo
 * {@code id}, or the folder name where the folder adds a suffix to it (SModelS keeps the efficiency-map variant of
 * an analysis in {@code <id>-eff} with the same {@code id}); the globalInfo {@code id} itself is kept in
 * {@code info["id"]}. TxName files are parsed in parallel; the result does not depend on the parallelism.
 */
public final class SModelSTextReader {
    private static final String GLOBAL_INFO = "globalInfo.txt";
    private static final String DATA_INFO = "dataInfo.txt";
    private static final Set<String> DATA_TAGS = Set.of("upperLimits", "expectedUpperLimits", "efficiencyMap");
    private static final List<String> DEFAULT_FINAL_STATE = List.of("MET", "MET");

    private final Path root;
    private final Consumer<SkippedItem> skipped;

    private SModelSTextReader(Path root, Consumer<SkippedItem> skipped) {
        this.root = root;
        this.skipped = skipped;
    }

    /** Reads the database at {@code dbRoot} using all processors. */
    public static SModelSDatabase read(Path dbRoot, Consumer<SkippedItem> skipped) {
        return read(dbRoot, skipped, Runtime.getRuntime().availableProcessors());
    }

    /** Reads the database at {@code dbRoot}, parsing txName files on {@code parallelism} threads. */
    public static SModelSDatabase read(Path dbRoot, Consumer<SkippedItem> skipped, int parallelism) {
        Objects.requireNonNull(skipped, "skipped");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism: must be >= 1, got " + parallelism);
        }
        Path root = dbRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new InputMissingException(dbRoot + ": not a folder (an SModelS text database is a folder)");
        }
        return new SModelSTextReader(root, skipped).run(parallelism);
    }

    // ---------------------------------------------------------------------------------------------------------
    // walking the tree

    private record AnalysisDir(Path dir, List<DatasetDir> datasets, List<Path> otherFiles) {
    }

    private record DatasetDir(Path dir, List<Path> txNameFiles) {
    }

    private record TxTask(Path file, DataType dataType) {
    }

    private record TxResult(TxName txName, List<SkippedItem> notes, RuntimeException error) {
    }

    private SModelSDatabase run(int parallelism) {
        String version = readVersion();
        List<AnalysisDir> analysisDirs = new ArrayList<>();
        walk(root, analysisDirs);

        // dataInfo and globalInfo are small: read them in order; then the txName files, the bulk, in parallel
        List<GlobalInfo> globals = new ArrayList<>();
        List<List<DataInfo>> dataInfos = new ArrayList<>();
        List<TxTask> tasks = new ArrayList<>();
        for (AnalysisDir a : analysisDirs) {
            globals.add(readGlobalInfo(a.dir().resolve(GLOBAL_INFO)));
            List<DataInfo> ds = new ArrayList<>();
            for (DatasetDir d : a.datasets()) {
                DataInfo info = readDataInfo(d.dir().resolve(DATA_INFO));
                ds.add(info);
                for (Path f : d.txNameFiles()) {
                    tasks.add(new TxTask(f, info.dataType()));
                }
            }
            dataInfos.add(ds);
        }
        List<TxResult> results = parseAll(tasks, parallelism);

        Map<String, String> idToFolder = new HashMap<>();
        List<Analysis> analyses = new ArrayList<>();
        int t = 0;
        for (int i = 0; i < analysisDirs.size(); i++) {
            AnalysisDir a = analysisDirs.get(i);
            GlobalInfo g = globals.get(i);
            List<DataSet> datasets = new ArrayList<>();
            for (int j = 0; j < a.datasets().size(); j++) {
                DatasetDir d = a.datasets().get(j);
                DataInfo info = dataInfos.get(i).get(j);
                List<TxName> txNames = new ArrayList<>();
                Map<String, Path> declaredIn = new HashMap<>();
                for (Path f : d.txNameFiles()) {
                    TxResult r = results.get(t++);
                    if (r.error() != null) {
                        throw r.error();
                    }
                    r.notes().forEach(skipped);
                    if (r.txName() == null) {
                        continue;
                    }
                    Path before = declaredIn.putIfAbsent(r.txName().name(), f);
                    if (before != null) {
                        throw new InvalidInputException(display(f), "", "txName " + r.txName().name()
                                + " is declared twice in dataset " + info.id() + ": in " + display(before)
                                + " and in " + display(f));
                    }
                    txNames.add(r.txName());
                }
                txNames.sort(Comparator.comparing(TxName::name));
                datasets.add(build(d.dir().resolve(DATA_INFO), () -> new DataSet(info.id(), info.dataType(),
                        info.counts(), info.combinableWith(), txNames)));
            }
            orderDatasets(datasets, g);
            String id = analysisId(a.dir(), g.id());
            String previous = idToFolder.putIfAbsent(id, rel(a.dir()));
            if (previous != null) {
                throw new InvalidInputException(display(a.dir().resolve(GLOBAL_INFO)), "", "analysis id " + id
                        + " is also used by " + previous + " (analysis ids must be unique)");
            }
            List<WorkspaceRef> workspaces = workspaces(a, g);
            for (Path other : a.otherFiles()) {
                if (!g.jsonFiles().containsKey(other.getFileName().toString())) {
                    skip(other, "not part of the SModelS text database format (not named by jsonFiles)");
                }
            }
            Path gi = a.dir().resolve(GLOBAL_INFO);
            CovarianceMatrix cov = g.covarianceRows() == null ? null : build(gi,
                    () -> new CovarianceMatrix(g.datasetOrder(), g.covarianceRows()));
            Analysis analysis = build(gi, () -> new Analysis(id, Experiment.fromAnalysisId(g.id()), g.sqrts(),
                    g.luminosity(), "smodels:" + rel(a.dir()), g.supersededBy(), g.privateResult(), g.combinableWith(),
                    datasets, cov, workspaces, g.info()));
            analyses.add(analysis);
        }
        analyses.sort(Comparator.comparing(Analysis::id));
        return new SModelSDatabase(version, analyses);
    }

    private static String analysisId(Path dir, String globalId) {
        String folder = dir.getFileName().toString();
        return folder.startsWith(globalId + "-") ? folder : globalId;
    }

    /** datasetOrder first (the covariance's order), then the remaining datasets by id. */
    private static void orderDatasets(List<DataSet> datasets, GlobalInfo g) {
        Map<String, Integer> rank = new HashMap<>();
        if (g.datasetOrder() != null) {
            for (int i = 0; i < g.datasetOrder().size(); i++) {
                rank.putIfAbsent(g.datasetOrder().get(i), i);
            }
        }
        datasets.sort(Comparator.comparing((DataSet d) -> rank.getOrDefault(d.id(), Integer.MAX_VALUE))
                .thenComparing(DataSet::id));
    }

    private String readVersion() {
        Path v = root.resolve("version");
        if (!Files.isRegularFile(v)) {
            skipped.accept(new SkippedItem("version", "no version file: database version recorded as 'unknown'"));
            return "unknown";
        }
        try {
            for (String line : Files.readAllLines(v, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    return line.strip();
                }
            }
        } catch (IOException e) {
            throw new InputMissingException(display(v) + ": cannot read (" + e.getMessage() + ")", e);
        }
        throw new InvalidInputException(display(v), ":1", "the version file is empty");
    }

    private void walk(Path dir, List<AnalysisDir> out) {
        if (Files.isRegularFile(dir.resolve(GLOBAL_INFO))) {
            out.add(analysisDir(dir));
            return;
        }
        for (Path p : list(dir)) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                if (name.startsWith(".")) {
                    skip(p, "hidden folder");
                } else {
                    walk(p, out);
                }
            } else if (!(dir.equals(root) && name.equals("version"))) {
                skip(p, "not part of the SModelS text database format (outside any analysis folder)");
            }
        }
    }

    private AnalysisDir analysisDir(Path dir) {
        List<DatasetDir> datasets = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        for (Path p : list(dir)) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                if (name.startsWith(".")) {
                    skip(p, "hidden folder");
                } else if (Files.isRegularFile(p.resolve(DATA_INFO))) {
                    datasets.add(datasetDir(p));
                } else {
                    skip(p, "folder without dataInfo.txt: not a dataset");
                }
            } else if (!name.equals(GLOBAL_INFO)) {
                others.add(p);
            }
        }
        return new AnalysisDir(dir, datasets, others);
    }

    private DatasetDir datasetDir(Path dir) {
        List<Path> txFiles = new ArrayList<>();
        for (Path p : list(dir)) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                skip(p, "folder inside a dataset: not part of the format");
            } else if (name.equals(DATA_INFO)) {
                continue;
            } else if (name.endsWith(".txt") && !name.startsWith(".")) {
                txFiles.add(p);
            } else {
                skip(p, "not a txName file (only .txt files are)");
            }
        }
        return new DatasetDir(dir, txFiles);
    }

    private List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new InputMissingException(display(dir) + ": cannot list folder (" + e.getMessage() + ")", e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // txName files (parallel)

    private List<TxResult> parseAll(List<TxTask> tasks, int parallelism) {
        if (parallelism == 1 || tasks.size() < 2) {
            return tasks.stream().map(this::parseSafely).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            return pool.submit(() -> IntStream.range(0, tasks.size()).parallel()
                    .mapToObj(i -> parseSafely(tasks.get(i))).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading txName files", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading txName files failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private TxResult parseSafely(TxTask task) {
        try {
            return parseTxName(task);
        } catch (RuntimeException e) {
            return new TxResult(null, List.of(), e);
        }
    }

    private TxResult parseTxName(TxTask task) {
        Path file = task.file();
        String name = display(file);
        byte[] bytes = readBytes(file);
        InfoText text = InfoText.parse(bytes, name);
        Map<String, List<InfoText.Field>> byTag = text.byTag();
        if (!byTag.containsKey("txName")) {
            return new TxResult(null, List.of(new SkippedItem(rel(file), "no txName field: not a txName file")), null);
        }
        boolean hasData = false;
        for (String tag : DATA_TAGS) {
            hasData |= byTag.containsKey(tag);
        }
        if (!hasData) {
            return new TxResult(null, List.of(new SkippedItem(rel(file),
                    "txName file without upperLimits or efficiencyMap block (SModelS skips it)")), null);
        }
        for (var e : byTag.entrySet()) {
            if (e.getValue().size() > 1 && (DATA_TAGS.contains(e.getKey()) || e.getKey().equals("txName")
                    || e.getKey().equals("constraint") || e.getKey().equals("dataMap"))) {
                throw new InvalidInputException(name, ":" + e.getValue().get(1).line(), e.getKey()
                        + ": written twice (first on line " + e.getValue().get(0).line() + ")");
            }
        }
        String txName = stringOrRaw(text.value(byTag.get("txName").get(0)));
        List<SkippedItem> notes = new ArrayList<>(0);
        Constraint constraint = null;
        List<Condition> conditions = List.of();
        String conditionDescription = null;
        List<String> finalState = null;
        String validated = null;
        InfoText.Field dataMapField = null;
        Map<String, String> info = new LinkedHashMap<>();
        for (InfoText.Field f : text.fields()) {
            String tag = f.tag();
            if (DATA_TAGS.contains(tag) || tag.equals("txName")) {
                continue;
            }
            if (byTag.get(tag).size() > 1) {
                if (f == byTag.get(tag).get(0)) {
                    notes.add(new SkippedItem(rel(file) + ":" + f.line(), "field '" + tag
                            + "' written " + byTag.get(tag).size() + " times; repeated fields are ignored"));
                }
                continue;
            }
            String value = text.value(f);
            switch (tag) {
                case "constraint" -> constraint = value.equals("None") ? null : parse(name, f, tag,
                        () -> ConstraintParser.constraint(value));
                case "condition" -> conditions = parse(name, f, tag, () -> ConstraintParser.conditions(value));
                case "conditionDescription" -> conditionDescription = value.equals("None") ? null : value;
                case "finalState" -> finalState = stringList(name, f, value);
                case "validated" -> validated = value;
                case "dataMap" -> {
                    dataMapField = f;
                    info.put(tag, value);
                }
                default -> info.put(tag, value);
            }
        }
        if (finalState == null) {
            finalState = DEFAULT_FINAL_STATE; // SModelS default for files that do not say
        }
        DataMap dataMap = dataMapField == null ? null : DataMap.of(text, dataMapField, constraint);

        Grid ul = null;
        Grid expUl = null;
        Grid eff = null;
        if (task.dataType() == DataType.EFFICIENCY_MAP) {
            for (String tag : List.of("upperLimits", "expectedUpperLimits")) {
                if (byTag.containsKey(tag)) {
                    throw new InvalidInputException(name, ":" + byTag.get(tag).get(0).line(), tag
                            + ": found in an efficiency-map dataset (dataInfo says dataType: efficiencyMap)");
                }
            }
            eff = grid(text, byTag.get("efficiencyMap").get(0), DataBlockScanner.ValueKind.DIMENSIONLESS, dataMap);
        } else {
            if (byTag.containsKey("efficiencyMap")) {
                throw new InvalidInputException(name, ":" + byTag.get("efficiencyMap").get(0).line(),
                        "efficiencyMap: found in an upper-limit dataset (dataInfo says dataType: upperLimit)");
            }
            if (!byTag.containsKey("upperLimits")) {
                throw new InvalidInputException(name, ":" + byTag.get("expectedUpperLimits").get(0).line(),
                        "expectedUpperLimits without upperLimits");
            }
            ul = grid(text, byTag.get("upperLimits").get(0), DataBlockScanner.ValueKind.CROSS_SECTION, dataMap);
            if (byTag.containsKey("expectedUpperLimits")) {
                expUl = grid(text, byTag.get("expectedUpperLimits").get(0), DataBlockScanner.ValueKind.CROSS_SECTION,
                        dataMap);
            }
        }
        final Constraint c = constraint;
        final List<Condition> conds = conditions;
        final String cd = conditionDescription;
        final List<String> fs = finalState;
        final String val = validated;
        final Grid g1 = ul;
        final Grid g2 = expUl;
        final Grid g3 = eff;
        TxName tx = build(file, () -> new TxName(txName, c, conds, cd, fs, val, g1, g2, g3, info));
        return new TxResult(tx, notes, null);
    }

    private static Grid grid(InfoText text, InfoText.Field f, DataBlockScanner.ValueKind kind, DataMap dataMap) {
        DataBlockScanner.Block block = DataBlockScanner.scan(text, f, kind, dataMap == null ? null : dataMap.units());
        List<GridAxis> axes = new ArrayList<>(block.shape().size());
        for (DataBlockScanner.Coordinate c : block.shape()) {
            if (block.flat()) {
                axes.add(dataMap.axis(c.flatIndex()));
            } else {
                String property = c.width() ? "width" : "mass";
                axes.add(new GridAxis(property + "[" + c.branch() + "][" + c.vertex() + "]", property, "GeV",
                        c.branch(), c.vertex(), null));
            }
        }
        if (axes.isEmpty()) {
            throw new InvalidInputException(text.file(), ":" + f.line(), f.tag() + ": data points have no coordinates");
        }
        if (block.flat() && axes.size() != dataMap.units().length) {
            throw new InvalidInputException(text.file(), ":" + f.line(), f.tag() + ": data points have " + axes.size()
                    + " coordinates but the dataMap describes " + dataMap.units().length);
        }
        try {
            return new Grid(axes, kind == DataBlockScanner.ValueKind.CROSS_SECTION ? "fb" : "", block.points(),
                    block.values());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(text.file(), ":" + f.line(), f.tag() + ": " + e.getMessage());
        }
    }

    /** The txName's dataMap (graph notation): flat coordinate i -> (node, property, unit). */
    private record DataMap(double[] units, List<GridAxis> axes) {
        GridAxis axis(int i) {
            return axes.get(i);
        }

        static DataMap of(InfoText text, InfoText.Field f, Constraint constraint) {
            String where = ":" + f.line();
            Object parsed;
            try {
                parsed = PyLiteral.parse(text.value(f));
            } catch (PyLiteral.EvalException e) {
                throw new InvalidInputException(text.file(), where, "dataMap: " + e.getMessage());
            }
            if (!(parsed instanceof Map<?, ?> map) || map.isEmpty()) {
                throw new InvalidInputException(text.file(), where, "dataMap: expected {index: (node, 'mass', GeV), ...}");
            }
            int n = map.size();
            double[] units = new double[n];
            GridAxis[] axes = new GridAxis[n];
            for (var e : map.entrySet()) {
                if (!(e.getKey() instanceof Double k) || k != Math.rint(k) || k < 0 || k >= n || axes[k.intValue()] != null) {
                    throw new InvalidInputException(text.file(), where, "dataMap: keys must be the indices 0.." + (n - 1));
                }
                int i = k.intValue();
                if (!(e.getValue() instanceof PyLiteral.Tuple t) || t.items().size() < 2
                        || !(t.items().get(0) instanceof Double node) || !(t.items().get(1) instanceof String prop)) {
                    throw new InvalidInputException(text.file(), where, "dataMap/" + i + ": expected (node, 'mass', GeV)");
                }
                String property = switch (prop) {
                    case "mass" -> "mass";
                    case "totalwidth", "width" -> "width";
                    default -> throw new InvalidInputException(text.file(), where, "dataMap/" + i
                            + ": unknown property '" + prop + "' (mass or totalwidth)");
                };
                double unit = 1.0;
                if (t.items().size() > 2) {
                    Object u = t.items().get(2);
                    if (u instanceof PyLiteral.Quantity q && q.isMass()) {
                        unit = q.value();
                    } else if (u != PyLiteral.NONE) {
                        throw new InvalidInputException(text.file(), where, "dataMap/" + i + ": unit must be GeV or TeV");
                    }
                }
                units[i] = unit;
                int nodeIndex = node.intValue();
                String label = nodeLabel(constraint, nodeIndex);
                axes[i] = new GridAxis(property + "(" + label + "(" + nodeIndex + "))", property, "GeV", null, null,
                        nodeIndex);
            }
            return new DataMap(units, List.of(axes));
        }

        private static String nodeLabel(Constraint c, int index) {
            if (c != null) {
                for (Constraint.Term t : c.terms()) {
                    if (t.edges() == null) {
                        continue;
                    }
                    for (Constraint.Edge e : t.edges()) {
                        if (e.mother().index() == index) {
                            return e.mother().label();
                        }
                        for (Constraint.Node d : e.daughters()) {
                            if (d.index() == index) {
                                return d.label();
                            }
                        }
                    }
                }
            }
            return "node";
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // globalInfo.txt and dataInfo.txt

    private record GlobalInfo(String id, double sqrts, double luminosity, String supersededBy, boolean privateResult,
                              List<String> combinableWith, List<String> datasetOrder, double[][] covarianceRows,
                              Map<String, List<WorkspaceRef.Region>> jsonFiles, Map<String, String> info) {
    }

    private record DataInfo(String id, DataType dataType, SignalRegionCounts counts, List<String> combinableWith) {
    }

    private GlobalInfo readGlobalInfo(Path file) {
        String name = display(file);
        InfoText text = InfoText.parse(readBytes(file), name);
        Map<String, InfoText.Field> fields = uniqueFields(text, file);
        InfoText.Field idField = require(fields, "id", name);
        String id = text.value(idField);
        double sqrts = quantity(text, require(fields, "sqrts", name), "sqrts", Dimension.MASS) / 1000.0;
        double lumi = quantity(text, require(fields, "lumi", name), "lumi", Dimension.INVERSE_CROSS_SECTION);
        String supersededBy = null;
        boolean privateResult = false;
        List<String> combinableWith = List.of();
        List<String> datasetOrder = null;
        double[][] covariance = null;
        Map<String, List<WorkspaceRef.Region>> jsonFiles = new LinkedHashMap<>();
        Map<String, String> info = new LinkedHashMap<>();
        for (var e : fields.entrySet()) {
            String tag = e.getKey();
            InfoText.Field f = e.getValue();
            String value = text.value(f);
            switch (tag) {
                case "id" -> info.put("id", value);
                case "sqrts", "lumi", "covariance" -> { }
                case "supersededBy" -> supersededBy = stringOrRaw(value);
                case "private" -> privateResult = bool(text, f, value);
                case "combinableWith" -> combinableWith = idList(value);
                case "datasetOrder" -> datasetOrder = stringList(name, f, value);
                case "jsonFiles" -> {
                    jsonFiles = jsonFiles(text, f, value);
                    info.put(tag, value); // also kept as written: the files may be absent from a copy of the database
                }
                default -> info.put(tag, tag.equals("lastUpdate") ? value : stringOrRaw(value));
            }
        }
        InfoText.Field covField = fields.get("covariance");
        if (covField != null) {
            if (datasetOrder == null) {
                throw new InvalidInputException(name, ":" + covField.line(), "covariance: given without datasetOrder");
            }
            covariance = matrix(text, covField);
        } else if (datasetOrder != null) {
            info.put("datasetOrder", text.value(fields.get("datasetOrder")));
        }
        return new GlobalInfo(id, sqrts, lumi, supersededBy, privateResult, combinableWith, datasetOrder, covariance,
                jsonFiles, info);
    }

    private DataInfo readDataInfo(Path file) {
        String name = display(file);
        InfoText text = InfoText.parse(readBytes(file), name);
        Map<String, InfoText.Field> fields = uniqueFields(text, file);
        InfoText.Field typeField = require(fields, "dataType", name);
        String typeValue = stringOrRaw(text.value(typeField));
        DataType type;
        try {
            type = DataType.of(typeValue);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, ":" + typeField.line(), e.getMessage());
        }
        String id = "data";
        InfoText.Field idField = fields.get("dataId");
        if (idField != null) {
            String v = text.value(idField);
            if (!v.equals("None")) {
                id = stringOrRaw(v);
            }
        }
        if (type == DataType.EFFICIENCY_MAP && (idField == null || id.equals("data") && text.value(idField).equals("None"))) {
            throw new InvalidInputException(name, "", "dataId: an efficiency-map dataset needs a dataId");
        }
        SignalRegionCounts counts = null;
        if (type == DataType.EFFICIENCY_MAP) {
            double obs = count(text, require(fields, "observedN", name), "observedN");
            double bg = count(text, require(fields, "expectedBG", name), "expectedBG");
            double err = count(text, require(fields, "bgError", name), "bgError");
            Double ul = optionalCrossSection(text, fields.get("upperLimit"), "upperLimit");
            Double eul = optionalCrossSection(text, fields.get("expectedUpperLimit"), "expectedUpperLimit");
            Double third = null;
            if (fields.containsKey("thirdMoment")) {
                third = quantity(text, fields.get("thirdMoment"), "thirdMoment", Dimension.NONE);
            }
            final Double t3 = third;
            counts = build(file, () -> new SignalRegionCounts(obs, bg, err, ul, eul, t3));
        }
        List<String> combinableWith = List.of();
        for (var e : fields.entrySet()) {
            switch (e.getKey()) {
                case "dataType", "dataId", "observedN", "expectedBG", "bgError", "upperLimit", "expectedUpperLimit",
                     "thirdMoment" -> { }
                case "combinableWith" -> combinableWith = idList(text.value(e.getValue()));
                default -> skipped.accept(new SkippedItem(rel(file) + "#" + e.getKey(),
                        "dataInfo field without a place in the canonical dataset"));
            }
        }
        return new DataInfo(id, type, counts, combinableWith);
    }

    /** Fields in file order; a repeated tag is dropped entirely (as SModelS does) and reported. */
    private Map<String, InfoText.Field> uniqueFields(InfoText text, Path file) {
        Map<String, List<InfoText.Field>> byTag = text.byTag();
        Map<String, InfoText.Field> out = new LinkedHashMap<>();
        for (InfoText.Field f : text.fields()) {
            List<InfoText.Field> all = byTag.get(f.tag());
            if (all.size() == 1) {
                out.put(f.tag(), f);
            } else if (all.get(0) == f) {
                skipped.accept(new SkippedItem(rel(file) + ":" + f.line(), "field '" + f.tag() + "' written "
                        + all.size() + " times; repeated fields are ignored"));
            }
        }
        return out;
    }

    private static InfoText.Field require(Map<String, InfoText.Field> fields, String tag, String file) {
        InfoText.Field f = fields.get(tag);
        if (f == null) {
            throw new InvalidInputException(file, "", tag + ": required field is missing");
        }
        return f;
    }

    private enum Dimension { NONE, MASS, CROSS_SECTION, INVERSE_CROSS_SECTION }

    /** A number of the given dimension, normalised (GeV, fb, fb^-1); wrong or unknown units are refused. */
    private static double quantity(InfoText text, InfoText.Field f, String field, Dimension dim) {
        String where = ":" + f.line();
        String value = text.value(f);
        Object v;
        try {
            v = PyLiteral.parse(value);
        } catch (PyLiteral.EvalException e) {
            String problem = e.kind() == PyLiteral.EvalException.Kind.UNKNOWN_NAME
                    ? e.getMessage().replace("unknown name", "unknown unit") : e.getMessage();
            throw new InvalidInputException(text.file(), where, field + ": cannot read '" + value + "' (" + problem + ")");
        }
        double x;
        boolean ok;
        if (v instanceof Double d) {
            x = d;
            ok = dim == Dimension.NONE;
        } else if (v instanceof PyLiteral.Quantity q) {
            x = q.value();
            ok = switch (dim) {
                case MASS -> q.isMass();
                case CROSS_SECTION -> q.isCrossSection();
                case INVERSE_CROSS_SECTION -> q.isInverseCrossSection();
                case NONE -> false;
            };
        } else {
            throw new InvalidInputException(text.file(), where, field + ": expected a number, got '" + value + "'");
        }
        if (!ok) {
            String expected = switch (dim) {
                case NONE -> "a pure number";
                case MASS -> "an energy with unit (e.g. 13*TeV)";
                case CROSS_SECTION -> "a cross section with unit (e.g. 0.5*fb)";
                case INVERSE_CROSS_SECTION -> "a luminosity with unit (e.g. 139./fb)";
            };
            throw new InvalidInputException(text.file(), where, field + ": expected " + expected + ", got '" + value + "'");
        }
        if (!Double.isFinite(x)) {
            throw new InvalidInputException(text.file(), where, field + ": not a finite number ('" + value + "')");
        }
        return x;
    }

    private static double count(InfoText text, InfoText.Field f, String field) {
        double v = quantity(text, f, field, Dimension.NONE);
        if (v < 0) {
            throw new InvalidInputException(text.file(), ":" + f.line(), field + ": must be >= 0, got " + v);
        }
        return v;
    }

    private static Double optionalCrossSection(InfoText text, InfoText.Field f, String field) {
        if (f == null || text.value(f).equals("None")) {
            return null;
        }
        double v = quantity(text, f, field, Dimension.CROSS_SECTION);
        if (v < 0) {
            throw new InvalidInputException(text.file(), ":" + f.line(), field + ": must be >= 0, got " + v);
        }
        return v;
    }

    private static double[][] matrix(InfoText text, InfoText.Field f) {
        Object v;
        try {
            v = PyLiteral.parse(text.value(f));
        } catch (PyLiteral.EvalException e) {
            throw new InvalidInputException(text.file(), ":" + f.line(), "covariance: " + e.getMessage());
        }
        if (!(v instanceof List<?> rows)) {
            throw new InvalidInputException(text.file(), ":" + f.line(), "covariance: expected a list of rows");
        }
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            if (!(rows.get(i) instanceof List<?> row)) {
                throw new InvalidInputException(text.file(), ":" + f.line(), "covariance/" + i + ": expected a row (list)");
            }
            m[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                if (!(row.get(j) instanceof Double d) || !Double.isFinite(d)) {
                    throw new InvalidInputException(text.file(), ":" + f.line(), "covariance/" + i + "/" + j
                            + ": expected a finite number, got " + row.get(j));
                }
                m[i][j] = d;
            }
        }
        return m;
    }

    private static boolean bool(InfoText text, InfoText.Field f, String value) {
        Object v;
        try {
            v = PyLiteral.parse(value);
        } catch (PyLiteral.EvalException e) {
            v = value;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v == PyLiteral.NONE) {
            return false;
        }
        if (v instanceof Double d && (d == 0.0 || d == 1.0)) {
            return d == 1.0;
        }
        throw new InvalidInputException(text.file(), ":" + f.line(), f.tag() + ": expected True or False, got '" + value + "'");
    }

    /** A list of strings from a Python list/tuple/string literal. */
    private static List<String> stringList(String file, InfoText.Field f, String value) {
        Object v;
        try {
            v = PyLiteral.parse(value);
        } catch (PyLiteral.EvalException e) {
            throw new InvalidInputException(file, ":" + f.line(), f.tag() + ": " + e.getMessage());
        }
        List<?> items = v instanceof List<?> l ? l : v instanceof PyLiteral.Tuple t ? t.items()
                : v instanceof String ? List.of(v) : null;
        if (items == null) {
            throw new InvalidInputException(file, ":" + f.line(), f.tag() + ": expected a list of strings");
        }
        List<String> out = new ArrayList<>(items.size());
        for (Object o : items) {
            if (!(o instanceof String s)) {
                throw new InvalidInputException(file, ":" + f.line(), f.tag() + ": expected strings, got " + o);
            }
            out.add(s);
        }
        return out;
    }

    /** Analysis or "anaId:dataId" ids: a Python list/tuple of strings, or comma separated bare ids. */
    private static List<String> idList(String value) {
        try {
            Object v = PyLiteral.parse(value);
            List<?> items = v instanceof List<?> l ? l : v instanceof PyLiteral.Tuple t ? t.items()
                    : v instanceof String ? List.of(v) : null;
            if (items != null && items.stream().allMatch(o -> o instanceof String)) {
                return items.stream().map(o -> ((String) o).strip()).filter(s -> !s.isEmpty()).toList();
            }
        } catch (PyLiteral.EvalException e) {
            // bare ids such as CMS-SUS-16-033, ATLAS-SUSY-2016-07 are not Python: split them below
        }
        List<String> out = new ArrayList<>();
        for (String s : value.replace("[", "").replace("]", "").split(",")) {
            String t = s.replace("'", "").replace("\"", "").strip();
            if (!t.isEmpty() && !t.equals("None")) {
                out.add(t);
            }
        }
        return out;
    }

    /** A Python string literal's content, or the raw text where the value is not a string literal. */
    private static String stringOrRaw(String value) {
        if (value.isEmpty() || (value.charAt(0) != '\'' && value.charAt(0) != '"')) {
            return value;
        }
        try {
            Object v = PyLiteral.parse(value);
            return v instanceof String s ? s : value;
        } catch (PyLiteral.EvalException e) {
            return value;
        }
    }

    private Map<String, List<WorkspaceRef.Region>> jsonFiles(InfoText text, InfoText.Field f, String value) {
        String where = ":" + f.line();
        Object v;
        try {
            v = PyLiteral.parse(value);
        } catch (PyLiteral.EvalException e) {
            throw new InvalidInputException(text.file(), where, "jsonFiles: " + e.getMessage());
        }
        if (!(v instanceof Map<?, ?> map)) {
            throw new InvalidInputException(text.file(), where, "jsonFiles: expected {file: [regions]}");
        }
        Map<String, List<WorkspaceRef.Region>> out = new LinkedHashMap<>();
        for (var e : map.entrySet()) {
            if (!(e.getKey() instanceof String file) || !(e.getValue() instanceof List<?> regions)) {
                throw new InvalidInputException(text.file(), where, "jsonFiles: expected {file: [regions]}");
            }
            List<WorkspaceRef.Region> rs = new ArrayList<>();
            for (Object r : regions) {
                try {
                    if (r instanceof String s) {
                        rs.add(new WorkspaceRef.Region(s, s, "SR"));
                    } else if (r instanceof Map<?, ?> m) {
                        Object sm = m.get("smodels");
                        String smodels = sm instanceof String s ? s : null;
                        Object py = m.get("pyhf");
                        String pyhf = py instanceof String s ? s : smodels;
                        Object ty = m.get("type");
                        String type = ty instanceof String s ? s : "SR";
                        rs.add(new WorkspaceRef.Region(smodels, pyhf, type));
                    } else {
                        throw new IllegalArgumentException("a region is a name or {smodels, pyhf, type}, got " + r);
                    }
                } catch (IllegalArgumentException ex) {
                    throw new InvalidInputException(text.file(), where, "jsonFiles/" + file + ": " + ex.getMessage());
                }
            }
            out.put(file, rs);
        }
        return out;
    }

    private List<WorkspaceRef> workspaces(AnalysisDir a, GlobalInfo g) {
        List<WorkspaceRef> out = new ArrayList<>();
        for (var e : g.jsonFiles().entrySet()) {
            Path json = a.dir().resolve(e.getKey()).normalize();
            if (!json.startsWith(a.dir())) {
                throw new InvalidInputException(display(a.dir().resolve(GLOBAL_INFO)), "", "jsonFiles: '" + e.getKey()
                        + "' points outside the analysis folder");
            }
            if (!Files.isRegularFile(json)) {
                skipped.accept(new SkippedItem(rel(json), "named by jsonFiles of " + rel(a.dir())
                        + " but not present: workspace not recorded"));
                continue;
            }
            out.add(new WorkspaceRef(rel(json), Sha256.of(json), e.getValue()));
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private static <T> T parse(String file, InfoText.Field f, String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (ConstraintParser.SyntaxException | PyLiteral.EvalException | IllegalArgumentException e) {
            throw new InvalidInputException(file, ":" + f.line(), field + ": " + e.getMessage());
        }
    }

    private <T> T build(Path file, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(display(file), "", e.getMessage());
        }
    }

    private byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputMissingException(display(file) + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private void skip(Path p, String reason) {
        skipped.accept(new SkippedItem(rel(p) + (Files.isDirectory(p) ? "/" : ""), reason));
    }

    /** Path relative to the database root with '/' separators. */
    private String rel(Path p) {
        String r = root.relativize(p).toString().replace('\\', '/');
        return r.isEmpty() ? "." : r;
    }

    /** How files are named in messages: the database folder's name, then the relative path. */
    private String display(Path p) {
        return root.getFileName() + "/" + rel(p);
    }

}

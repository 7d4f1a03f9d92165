package org.protomodels.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.protomodels.database.Analysis;
import org.protomodels.database.CrossSectionTable;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.database.TxName;
import org.protomodels.io.CanonicalJson;
import org.protomodels.step.EventSink;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;
import org.protomodels.step.Stage;
import org.protomodels.step.StageOutput;
import org.protomodels.step.StepManifest;

/**
 * The ingest stage: every source into one canonical {@code database.json} plus {@code ingest-report.json}.
 * Nothing is written unless every source reads cleanly.
 */
public final class IngestStage implements Stage<IngestInputs, IngestResult> {
    public static final String NAME = "ingest";
    public static final String DATABASE_FILE = "database.json";
    public static final String REPORT_FILE = "ingest-report.json";

    private final EventSink events;

    public IngestStage(EventSink events) {
        this.events = events;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public IngestResult run(IngestInputs in) {
        IngestLog log = new IngestLog();
        List<String> sources = new ArrayList<>();
        List<StepManifest.FileDigest> inputDigests = new ArrayList<>();
        List<Analysis> analyses = new ArrayList<>();
        Map<String, String> origin = new HashMap<>();
        String dbVersion = null;

        try (ToyDatabase toy = in.toy() ? ToyDatabase.extract() : null) {
            List<Path> smodels = new ArrayList<>(in.smodelsDatabases());
            List<Path> hepdata = new ArrayList<>(in.hepdata());
            Path catalogue = in.catalogue();
            if (toy != null) {
                hepdata.add(toy.hepdataRoot());
                catalogue = catalogue == null ? toy.catalogue() : catalogue;
            }
            for (Path db : smodels) {
                requireExists(db, "--smodels-db");
                events.info("reading SModelS database " + db);
                Sources.SModelSResult r = Sources.readSModelS(db, log, events);
                add(analyses, origin, r.analyses(), db.toString());
                dbVersion = dbVersion == null ? r.version() : dbVersion + "+" + r.version();
                sources.add("smodels:" + db.getFileName() + " (version " + r.version() + ")");
                inputDigests.add(new StepManifest.FileDigest("smodels-db/" + db.getFileName(), TreeDigest.of(db)));
            }
            if (!hepdata.isEmpty()) {
                requireExists(catalogue, "--catalogue");
                for (Path h : hepdata) {
                    requireExists(h, "--hepdata");
                }
                events.info("reading HEPData records through catalogue " + catalogue.getFileName());
                List<Analysis> fromRecords = Sources.readHepData(catalogue, hepdata, in.hepdataSchemas(), log, events);
                add(analyses, origin, fromRecords, "catalogue " + catalogue.getFileName());
                dbVersion = dbVersion == null ? "catalogue" : dbVersion + "+catalogue";
                sources.add("catalogue:" + (toy != null && catalogue.equals(toy.catalogue()) ? "toy" : catalogue.getFileName()));
                inputDigests.add(new StepManifest.FileDigest((toy != null && catalogue.equals(toy.catalogue()) ? "toy/" : "")
                        + "catalogue/" + catalogue.getFileName(), TreeDigest.of(catalogue)));
                for (Path h : hepdata) {
                    // the toy is unpacked into a temporary folder: name it by role, never by its random name
                    String name = toy != null && h.equals(toy.hepdataRoot()) ? "toy" : "hepdata/" + h.getFileName();
                    inputDigests.add(new StepManifest.FileDigest(name, TreeDigest.of(h)));
                }
            }
            List<CrossSectionTable> xsecs = List.of();
            Path xsecDir = in.crossSections() != null ? in.crossSections() : toy != null ? toy.root().resolve("xsec") : null;
            if (xsecDir != null) {
                requireExists(xsecDir, "--xsec");
                xsecs = Sources.readCrossSections(xsecDir, log);
                boolean toyTables = in.crossSections() == null;
                sources.add("xsec:" + (toyTables ? "toy" : xsecDir.getFileName()));
                inputDigests.add(new StepManifest.FileDigest(toyTables ? "toy/xsec" : "xsec/" + xsecDir.getFileName(), TreeDigest.of(xsecDir)));
            }
            Map<String, List<String>> combinations = Map.of();
            if (in.combinations() != null) {
                requireExists(in.combinations(), "--combinations");
                combinations = Sources.readCombinations(in.combinations(), log);
                sources.add("combinations:" + in.combinations().getFileName());
                inputDigests.add(new StepManifest.FileDigest("combinations/" + in.combinations().getFileName(), TreeDigest.of(in.combinations())));
                warnUnknown(combinations, analyses, log);
            }
            Database database = Database.of(dbVersion, analyses, combinations, xsecs);
            IngestReport report = new IngestReport(IngestReport.KIND, IngestReport.VERSION, count(database), sources,
                    log.skipped(), log.warnings(), log.notes());
            for (String w : report.warnings()) {
                events.warn(w);
            }
            return write(in, database, report, inputDigests);
        }
    }

    private IngestResult write(IngestInputs in, Database database, IngestReport report,
                               List<StepManifest.FileDigest> inputs) {
        try (StageOutput out = new StageOutput(NAME, in.out())) {
            DatabaseIO.write(out.file(DATABASE_FILE), database);
            CanonicalJson.write(out.file(REPORT_FILE), report);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("toy", in.toy());
            params.put("smodelsDatabases", in.smodelsDatabases().size());
            params.put("hepdataSources", in.hepdata().size());
            out.commit(params, null, inputs);
        }
        events.info("ingested " + report.counts().analyses() + " analyses, " + report.counts().datasets()
                + " datasets, " + report.counts().txNames() + " txNames");
        return new IngestResult(in.out().resolve(DATABASE_FILE), in.out().resolve(REPORT_FILE), database, report);
    }

    private static void add(List<Analysis> all, Map<String, String> origin, List<Analysis> more, String source) {
        for (Analysis a : more) {
            String before = origin.putIfAbsent(a.id(), source);
            if (before != null) {
                throw new InvalidInputException(source, "", "analysis " + a.id() + " is also read from " + before
                        + " (an analysis id must be unique across sources)");
            }
            all.add(a);
        }
    }

    private static void requireExists(Path p, String option) {
        if (p == null || !Files.exists(p)) {
            throw new InputMissingException(option + " " + p + ": no such file or folder");
        }
    }

    private static void warnUnknown(Map<String, List<String>> combinations, List<Analysis> analyses, IngestLog log) {
        var known = new TreeSet<String>();
        analyses.forEach(a -> known.add(a.id()));
        var unknown = new TreeSet<String>();
        combinations.forEach((k, v) -> {
            if (!known.contains(k)) {
                unknown.add(k);
            }
            v.stream().filter(x -> !known.contains(x)).forEach(unknown::add);
        });
        if (!unknown.isEmpty() && !known.isEmpty()) {
            log.warning("combination matrices name " + unknown.size() + " analyses not in the database: "
                    + String.join(", ", unknown.stream().limit(20).toList()) + (unknown.size() > 20 ? ", ..." : ""));
        }
    }

    static IngestReport.Counts count(Database db) {
        int datasets = 0;
        int txNames = 0;
        int ul = 0;
        int em = 0;
        int ws = 0;
        for (Analysis a : db.analyses()) {
            datasets += a.datasets().size();
            ws += a.workspaces().size();
            for (DataSet d : a.datasets()) {
                txNames += d.txNames().size();
                for (TxName t : d.txNames()) {
                    if (d.dataType() == DataType.UPPER_LIMIT) {
                        ul++;
                    } else {
                        em++;
                    }
                }
            }
        }
        return new IngestReport.Counts(db.analyses().size(), datasets, txNames, ul, em, ws, db.crossSections().size());
    }
}

package org.protomodels.toy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.protomodels.io.CanonicalJson;
import org.protomodels.toy.ToyPhysics.Process;

/**
 * Writes the embedded toy database (database/toy/): a synthetic world of eight analyses from two experiments at
 * 8 and 13 TeV, published as HEPData records (submission.yaml plus tables) with a catalogue, synthetic reference
 * cross sections, one small pyhf workspace, and a planted signal: a top partner (X_t, 800 GeV) decaying to
 * top + LSP (400 GeV) with signal strength 1, added to the observed counts and limits. Deterministic for a seed.
 *
 * <p>Regenerate with {@code mvn -pl workflow-steps test -Dtest=ToyDatabaseTest -Dprotomodels.toy.regenerate=true}.
 */
public final class ToyDatabaseGenerator {
    public static final long SEED = 20261123L;
    static final double PLANTED_STOP = 800;
    static final double PLANTED_LSP = 400;
    static final double PLANTED_SSM = 1.0;

    private final UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
    // Map.of iterates in a per-JVM order: sort keys so the files are the same bytes on every run
    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build()).enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private final List<String> files = new ArrayList<>();
    private final List<Map<String, Object>> catalogue = new ArrayList<>();

    /** One analysis of the toy world. */
    record ToyAnalysis(String id, int sqrts, double lumi, String experimentTitle, String units) {
    }

    /** A signal region: background, its error, and the efficiency shape per topology. */
    record ToyRegion(String name, double background, double error, Map<String, double[]> efficiency) {
    }

    public static void main(String[] args) throws IOException {
        new ToyDatabaseGenerator().generate(Path.of(args.length > 0 ? args[0] : "database/toy"));
    }

    /** Writes every file below {@code root}; returns the relative paths written (also listed in FILES). */
    public List<String> generate(Path root) throws IOException {
        writeCrossSections(root);
        // efficiencies: {plateau, mother centre, mass-splitting centre, mother width, splitting width} (ToyPhysics.bump)
        emAnalysis(root, new ToyAnalysis("ATLAS-TOY-13-002", 13, 139, "ATLAS-like stop one-lepton search (synthetic)", "fb"), "SR", List.of(
                new ToyRegion("SR-low", 45, 6, Map.of("T2tt", new double[] {0.010, 500, 250, 200, 150})),
                new ToyRegion("SR-mid", 22, 3.5, Map.of("T2tt", new double[] {0.010, 800, 400, 200, 150})),
                new ToyRegion("SR-high", 8, 1.8, Map.of("T2tt", new double[] {0.010, 1250, 650, 200, 150})),
                new ToyRegion("SR-boost", 3.1, 0.9, Map.of("T2tt", new double[] {0.010, 1600, 850, 200, 150}))),
                ErrorStyle.SYMMETRIC, false, false);
        emAnalysis(root, new ToyAnalysis("CMS-TOY-13-004", 13, 137, "CMS-like multi-bin top-rich search with a covariance (synthetic)", "fb"), "bin",
                gridRegions(), ErrorStyle.ASYMMETRIC, true, false);
        emAnalysis(root, new ToyAnalysis("ATLAS-TOY-13-005", 13, 139, "ATLAS-like stop all-hadronic search with a full likelihood (synthetic)", "fb"), "SR", List.of(
                new ToyRegion("SRA", 12, 2.5, Map.of("T2tt", new double[] {0.016, 700, 350, 120, 70})),
                new ToyRegion("SRB", 5, 1.4, Map.of("T2tt", new double[] {0.016, 900, 450, 120, 70}))),
                ErrorStyle.SYMMETRIC, false, true);
        emAnalysis(root, new ToyAnalysis("CMS-TOY-8-007", 8, 19.5, "CMS-like 8 TeV multijet search (synthetic)", "fb"), "SR", List.of(
                new ToyRegion("HT-low", 85, 9, Map.of("T1tttt", new double[] {0.006, 900, 500, 200, 250}, "T2tt", new double[] {0.004, 500, 250, 150, 150})),
                new ToyRegion("HT-mid", 21, 3.8, Map.of("T1tttt", new double[] {0.010, 1200, 700, 250, 300}, "T2tt", new double[] {0.006, 750, 400, 150, 150})),
                new ToyRegion("HT-high", 4.5, 1.5, Map.of("T1tttt", new double[] {0.014, 1500, 900, 300, 350}, "T2tt", new double[] {0.005, 1000, 550, 180, 180}))),
                ErrorStyle.PERCENT, false, false);
        ulAnalysis(root, new ToyAnalysis("CMS-TOY-13-001", 13, 36, "CMS-like stop and gluino search, upper-limit maps (synthetic)", "fb"),
                List.of("T2tt", "T1tttt"), 7.5, 0.0035);
        ulAnalysis(root, new ToyAnalysis("ATLAS-TOY-13-003", 13, 36.1, "ATLAS-like stop search, upper-limit maps in pb (synthetic)", "pb"),
                List.of("T2tt"), 6.0, 0.003);
        ulAnalysis(root, new ToyAnalysis("ATLAS-TOY-8-006", 8, 20.3, "ATLAS-like 8 TeV stop and gluino search, upper-limit maps in pb (synthetic)", "pb"),
                List.of("T2tt", "T1tttt"), 5.5, 0.01);
        ulAnalysis(root, new ToyAnalysis("CMS-TOY-13-008", 13, 137, "CMS-like gluino search, upper-limit map (synthetic)", "fb"),
                List.of("T1tttt"), 8.0, 0.004);
        writePlanted(root);
        files.add("catalogue.yaml");
        writeYaml(root.resolve("catalogue.yaml"), List.of(Map.of("kind", "catalogue", "version", "1.0.0", "analyses", catalogue)));
        files.add("README.md");
        List<String> sorted = new ArrayList<>(new TreeSet<>(files));
        Files.writeString(root.resolve("FILES"), "# files of the embedded toy database (generated; see README.md)\n"
                + String.join("\n", sorted) + "\n", StandardCharsets.UTF_8);
        return sorted;
    }

    enum ErrorStyle { SYMMETRIC, ASYMMETRIC, PERCENT }

    /**
     * The twelve bins of CMS-TOY-13-004: a 4 x 3 grid in (stop mass, mass splitting) for T2tt, with gluino (T1tttt)
     * bumps in the same bins at heavier masses; backgrounds fall with the mass the bins select.
     */
    static List<ToyRegion> gridRegions() {
        double[] mothers = {600, 800, 1000, 1200};
        double[] splittings = {250, 400, 550};
        double[] motherBackground = {40, 20, 10, 5};
        double[] splittingFactor = {1.5, 1.0, 0.6};
        List<ToyRegion> regions = new ArrayList<>();
        for (int i = 0; i < mothers.length; i++) {
            for (int j = 0; j < splittings.length; j++) {
                double b = ToyPhysics.round(motherBackground[i] * splittingFactor[j], 3);
                regions.add(new ToyRegion("bin" + (splittings.length * i + j + 1), b, ToyPhysics.round(0.8 + 0.12 * b, 2), Map.of(
                        "T2tt", new double[] {0.016, mothers[i], splittings[j], 120, 70},
                        "T1tttt", new double[] {0.008, mothers[i] + 700, splittings[j] + 500, 150, 150})));
            }
        }
        return regions;
    }

    // ---------------------------------------------------------------------------------------------------------
    // topologies

    /** Cross-section process, bracket constraint and mass grid of each toy topology. */
    static Process process(String txName, int sqrts) {
        boolean stop = txName.equals("T2tt");
        if (sqrts == 13) {
            return stop ? Process.STOP13 : Process.GLUINO13;
        }
        return stop ? Process.STOP8 : Process.GLUINO8;
    }

    static String constraint(String txName) {
        return switch (txName) {
            case "T2tt" -> "[[['t']],[['t']]]";
            case "T1tttt" -> "[[['t','t']],[['t','t']]]";
            default -> throw new IllegalArgumentException(txName);
        };
    }

    static String motherLabel(String txName) {
        return txName.equals("T2tt") ? "$m_{\\tilde{t}}$" : "$m_{\\tilde{g}}$";
    }

    /** Grid of (mother, LSP) masses, below the diagonal as real maps are. */
    static List<double[]> grid(String txName) {
        List<double[]> points = new ArrayList<>();
        boolean stop = txName.equals("T2tt");
        double lo = stop ? 200 : 600;
        double hi = stop ? 1500 : 2200;
        double step = stop ? 50 : 100;
        double gap = stop ? 100 : 200;
        for (double m = lo; m <= hi + 1e-9; m += step) {
            for (double l = 0; l <= m - gap + 1e-9; l += step) {
                points.add(new double[] {m, l});
            }
        }
        return points;
    }

    /** The planted signal's cross section (fb) for a topology at sqrt(s): only the stop pair is planted. */
    static double plantedSigmaFb(String txName, int sqrts) {
        return txName.equals("T2tt") ? process(txName, sqrts).sigmaPb(PLANTED_STOP) * 1000 * PLANTED_SSM : 0;
    }

    // ---------------------------------------------------------------------------------------------------------
    // efficiency-map analyses

    private void emAnalysis(Path root, ToyAnalysis a, String idPrefix, List<ToyRegion> regions, ErrorStyle style,
                            boolean covariance, boolean workspace) throws IOException {
        Path dir = root.resolve("hepdata").resolve(a.id());
        List<Map<String, Object>> tables = new ArrayList<>();
        int n = regions.size();
        double[] observed = new double[n];
        for (int i = 0; i < n; i++) {
            ToyRegion r = regions.get(i);
            double signal = 0;
            for (var e : r.efficiency().entrySet()) {
                if (e.getKey().equals("T2tt")) {
                    double[] p = e.getValue();
                    signal += plantedSigmaFb("T2tt", a.sqrts()) * a.lumi()
                            * ToyPhysics.bump(p, PLANTED_STOP, PLANTED_LSP);
                }
            }
            // the truth behind the published background fluctuates within its error; then Poisson counting
            double truth = Math.max(0, GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), r.background(), 0.5 * r.error()).sample());
            observed[i] = PoissonSampler.of(rng, truth + signal).sample();
        }
        // 1. the signal-region table
        Map<String, Object> srTable = new LinkedHashMap<>();
        List<Object> bins = new ArrayList<>();
        List<Object> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bins.add(Map.of("value", i + 1));
            labels.add(Map.of("value", regions.get(i).name()));
        }
        List<Object> bkg = new ArrayList<>();
        List<Object> obs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ToyRegion r = regions.get(i);
            Map<String, Object> v = new LinkedHashMap<>();
            Map<String, Object> err = new LinkedHashMap<>();
            switch (style) {
                case SYMMETRIC -> err.put("symerror", r.error());
                case ASYMMETRIC -> err.put("asymerror", Map.of("plus", r.error(), "minus", -ToyPhysics.round(0.9 * r.error(), 3)));
                case PERCENT -> err.put("symerror", ToyPhysics.round(100 * r.error() / r.background(), 3) + "%");
                default -> throw new IllegalStateException();
            }
            err.put("label", "total");
            v.put("value", r.background());
            v.put("errors", List.of(err));
            bkg.add(v);
            obs.add(Map.of("value", (long) observed[i]));
        }
        srTable.put("independent_variables", List.of(Map.of("header", Map.of("name", "Bin no."), "values", bins)));
        srTable.put("dependent_variables", List.of(
                dependent("Region", null, a, labels),
                dependent("Observed events", null, a, obs),
                dependent("Expected background", null, a, bkg)));
        tables.add(table("Signal regions", "Observed events and expected background in each signal region.",
                "signal_regions.yaml", a, srTable));
        writeYaml(dir.resolve("signal_regions.yaml"), List.of(srTable));

        Map<String, Object> entry = catalogueEntry(a);
        Map<String, Object> srMap = new LinkedHashMap<>();
        srMap.put("table", "signal_regions.yaml");
        srMap.put("index", "Bin no.");
        srMap.put("idPrefix", idPrefix);
        srMap.put("label", "Region");
        srMap.put("observed", "Observed events");
        srMap.put("background", "Expected background");
        srMap.put("backgroundError", "max");
        entry.put("signalRegions", srMap);

        // 2. the covariance, flattened over two indices as CMS publishes it
        if (covariance) {
            double[][] cov = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double rho = i == j ? 1 : 0.45 * Math.pow(0.6, Math.abs(i - j) - 1);
                    cov[i][j] = ToyPhysics.round(rho * regions.get(i).error() * regions.get(j).error(), 6);
                }
            }
            List<Object> xs = new ArrayList<>();
            List<Object> ys = new ArrayList<>();
            List<Object> vs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    xs.add(Map.of("value", i + 1));
                    ys.add(Map.of("value", j + 1));
                    vs.add(Map.of("value", cov[i][j]));
                }
            }
            Map<String, Object> covTable = new LinkedHashMap<>();
            covTable.put("independent_variables", List.of(
                    Map.of("header", Map.of("name", "Bin number X"), "values", xs),
                    Map.of("header", Map.of("name", "Bin number Y"), "values", ys)));
            covTable.put("dependent_variables", List.of(dependent("Covariance", null, a, vs)));
            tables.add(table("Background covariance", "Covariance of the background predictions of the signal regions (events squared).",
                    "covariance.yaml", a, covTable));
            writeYaml(dir.resolve("covariance.yaml"), List.of(covTable));
            entry.put("covariance", Map.of("table", "covariance.yaml", "layout", "flattened", "kind", "covariance",
                    "row", "Bin number X", "column", "Bin number Y", "value", "Covariance"));
        }

        // 3. efficiency maps per region and topology
        List<Object> effMaps = new ArrayList<>();
        for (int ri = 0; ri < n; ri++) {
            ToyRegion r = regions.get(ri);
            String datasetId = idPrefix + (ri + 1);
            for (String tx : new TreeSet<>(r.efficiency().keySet())) {
                double[] p = r.efficiency().get(tx);
                List<Object> ms = new ArrayList<>();
                List<Object> ls = new ArrayList<>();
                List<Object> es = new ArrayList<>();
                for (double[] pt : grid(tx)) {
                    ms.add(Map.of("value", pt[0]));
                    ls.add(Map.of("value", pt[1]));
                    es.add(Map.of("value", ToyPhysics.round(ToyPhysics.bump(p, pt[0], pt[1]), 4)));
                }
                String file = "eff_" + tx + "_" + r.name() + ".yaml";
                String name = "Efficiency " + tx + " " + r.name();
                Map<String, Object> effTable = new LinkedHashMap<>();
                effTable.put("independent_variables", List.of(
                        Map.of("header", Map.of("name", motherLabel(tx), "units", "GeV"), "values", ms),
                        Map.of("header", Map.of("name", "$m_{\\tilde{\\chi}_1^0}$", "units", "GeV"), "values", ls)));
                effTable.put("dependent_variables", List.of(dependent("Acceptance times efficiency", null, a, es)));
                tables.add(table(name, "Signal acceptance times efficiency of " + tx + " in " + r.name() + ".", file, a, effTable));
                writeYaml(dir.resolve(file), List.of(effTable));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("table", file);
                m.put("signalRegion", datasetId);
                m.put("txName", tx);
                m.put("constraint", constraint(tx));
                m.put("value", "Acceptance times efficiency");
                m.put("axes", massAxes(tx));
                effMaps.add(m);
            }
        }
        entry.put("efficiencyMaps", effMaps);

        // 4. a small full likelihood (pyhf JSON) for one analysis
        if (workspace) {
            writeWorkspace(dir, idPrefix, regions, observed);
            List<Object> wsRegions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                wsRegions.add(Map.of("smodels", idPrefix + (i + 1), "pyhf", idPrefix + (i + 1), "type", "SR"));
            }
            wsRegions.add(Map.of("pyhf", "CR", "type", "CR"));
            entry.put("workspaces", List.of(Map.of("file", "BkgOnly.json", "regions", wsRegions)));
        }
        writeSubmission(dir, a, tables, workspace);
        catalogue.add(entry);
    }

    private void writeWorkspace(Path dir, String idPrefix, List<ToyRegion> regions, double[] observed) throws IOException {
        // Two signal-region channels and one control region sharing a floating background normalisation.
        List<Object> channels = new ArrayList<>();
        List<Object> observations = new ArrayList<>();
        double crBkg = 250;
        long crObs = PoissonSampler.of(rng, crBkg).sample();
        for (int i = 0; i <= regions.size(); i++) {
            boolean cr = i == regions.size();
            String name = cr ? "CR" : idPrefix + (i + 1);
            double b = cr ? crBkg : regions.get(i).background();
            double relErr = cr ? 0.03 : regions.get(i).error() / regions.get(i).background();
            Map<String, Object> norm = new LinkedHashMap<>();
            norm.put("name", "mu_bkg");
            norm.put("type", "normfactor");
            norm.put("data", null);
            List<Object> modifiers = List.of(norm,
                    Map.of("name", "bkg_model", "type", "normsys", "data", Map.of("hi", ToyPhysics.round(1 + relErr, 4), "lo", ToyPhysics.round(1 - relErr, 4))),
                    Map.of("name", "staterror_" + name, "type", "staterror", "data", List.of(ToyPhysics.round(0.05 * b, 4))));
            Map<String, Object> sample = new LinkedHashMap<>();
            sample.put("name", "bkg");
            sample.put("data", List.of(b));
            sample.put("modifiers", modifiers);
            channels.add(Map.of("name", name, "samples", List.of(sample)));
            observations.add(Map.of("name", name, "data", List.of(cr ? crObs : (long) observed[i])));
        }
        Map<String, Object> ws = new LinkedHashMap<>();
        ws.put("channels", channels);
        ws.put("observations", observations);
        ws.put("measurements", List.of(Map.of("name", "NormalMeasurement", "config",
                Map.of("poi", "mu_SIG", "parameters", List.of(Map.of("name", "lumi", "auxdata", List.of(1.0),
                        "bounds", List.of(List.of(0.915, 1.085)), "inits", List.of(1.0), "sigmas", List.of(0.017)))))));
        ws.put("version", "1.0.0");
        Files.createDirectories(dir);
        CanonicalJson.write(dir.resolve("BkgOnly.json"), ws);
        files.add(root(dir) + "BkgOnly.json");
    }

    // ---------------------------------------------------------------------------------------------------------
    // upper-limit analyses

    private void ulAnalysis(Path root, ToyAnalysis a, List<String> txNames, double eventsLimit, double effScale)
            throws IOException {
        Path dir = root.resolve("hepdata").resolve(a.id());
        List<Map<String, Object>> tables = new ArrayList<>();
        Map<String, Object> entry = catalogueEntry(a);
        List<Object> maps = new ArrayList<>();
        double toUnit = a.units().equals("pb") ? 1e-3 : 1;
        for (String tx : txNames) {
            // one smooth "effective signal region" fluctuation per map, as real limits move together
            double x = GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), 0, 0.6).sample();
            List<Object> ms = new ArrayList<>();
            List<Object> ls = new ArrayList<>();
            List<Object> obs = new ArrayList<>();
            List<Object> exp = new ArrayList<>();
            for (double[] pt : grid(tx)) {
                double eff = ToyPhysics.efficiency(effScale, 50, 5000, tx.equals("T2tt") ? 250 : 650, pt[0], pt[1]);
                double expected = eventsLimit / (Math.max(eff, 1e-5) * a.lumi());
                double wobble = 1 + x / 1.96 * (0.7 + 0.3 * Math.sin(pt[0] / 170 + pt[1] / 90));
                double observedLimit = expected * Math.max(0.3, wobble);
                // the planted signal raises the observed limit near its masses (spec 8.2, distance 400 GeV)
                double dist = Math.hypot(pt[0] - PLANTED_STOP, pt[1] - PLANTED_LSP);
                if (tx.equals("T2tt") && dist <= 400) {
                    observedLimit = expected + plantedSigmaFb(tx, a.sqrts()) * Math.exp(-0.5 * Math.pow(dist / 150, 2));
                }
                ms.add(Map.of("value", pt[0]));
                ls.add(Map.of("value", pt[1]));
                obs.add(Map.of("value", ToyPhysics.round(observedLimit * toUnit, 5)));
                exp.add(Map.of("value", ToyPhysics.round(expected * toUnit, 5)));
            }
            for (String kind : List.of("obs", "exp")) {
                String name = (kind.equals("obs") ? "Observed" : "Expected") + " upper limit " + tx;
                String file = tx + "_" + kind + "_XsecLimit.yaml";
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("independent_variables", List.of(
                        Map.of("header", Map.of("name", motherLabel(tx), "units", "GeV"), "values", ms),
                        Map.of("header", Map.of("name", "$m_{\\tilde{\\chi}_1^0}$", "units", "GeV"), "values", ls)));
                t.put("dependent_variables", List.of(dependent("UL on cross section", a.units(), a,
                        kind.equals("obs") ? obs : exp)));
                tables.add(table(name, (kind.equals("obs") ? "Observed" : "Expected")
                        + " 95% CL upper limit on the production cross section of " + tx + ".", file, a, t));
                writeYaml(dir.resolve(file), List.of(t));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("txName", tx);
            m.put("constraint", constraint(tx));
            m.put("table", tx + "_obs_XsecLimit.yaml");
            m.put("expectedTable", tx + "_exp_XsecLimit.yaml");
            m.put("value", "UL on cross section");
            m.put("axes", massAxes(tx));
            maps.add(m);
        }
        entry.put("upperLimitMaps", maps);
        writeSubmission(dir, a, tables, false);
        catalogue.add(entry);
    }

    /** The bracket-notation mass vector [[mother, LSP], [mother, LSP]] in terms of the table's variables. */
    private static List<Object> massAxes(String tx) {
        List<Object> axes = new ArrayList<>();
        for (int branch = 0; branch < 2; branch++) {
            axes.add(Map.of("branch", branch, "vertex", 0, "variable", motherLabel(tx)));
            axes.add(Map.of("branch", branch, "vertex", 1, "variable", "$m_{\\tilde{\\chi}_1^0}$"));
        }
        return axes;
    }

    // ---------------------------------------------------------------------------------------------------------
    // files

    private Map<String, Object> catalogueEntry(ToyAnalysis a) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", a.id());
        e.put("experiment", a.id().startsWith("CMS") ? "CMS" : "ATLAS");
        e.put("sqrts", a.sqrts());
        e.put("luminosity", a.lumi());
        e.put("source", Map.of("record", "hepdata/" + a.id()));
        e.put("info", Map.of("prettyName", a.experimentTitle()));
        return e;
    }

    private Map<String, Object> dependent(String name, String units, ToyAnalysis a, List<Object> values) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("name", name);
        if (units != null) {
            header.put("units", units);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("header", header);
        d.put("qualifiers", List.of(
                Map.of("name", "SQRT(S)", "units", "GeV", "value", a.sqrts() * 1000),
                Map.of("name", "LUMINOSITY", "units", "fb$^{-1}$", "value", a.lumi())));
        d.put("values", values);
        return d;
    }

    private Map<String, Object> table(String name, String description, String file, ToyAnalysis a,
                                      Map<String, Object> content) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", name);
        t.put("description", description + " Synthetic: made by the protomodels toy-database generator.");
        t.put("keywords", List.of(
                Map.of("name", "reactions", "values", List.of("P P --> X")),
                Map.of("name", "cmenergies", "values", List.of(a.sqrts() * 1000)),
                Map.of("name", "phrases", "values", List.of("Supersymmetry", "Synthetic"))));
        t.put("data_file", file);
        return t;
    }

    private void writeSubmission(Path dir, ToyAnalysis a, List<Map<String, Object>> tables, boolean workspace)
            throws IOException {
        List<Object> docs = new ArrayList<>();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("comment", "SYNTHETIC record of the protomodels toy world: " + a.experimentTitle()
                + ". Not a measurement. sqrt(s) = " + a.sqrts() + " TeV, " + a.lumi() + " fb^-1.");
        if (workspace) {
            header.put("additional_resources", List.of(Map.of("location", "BkgOnly.json",
                    "description", "Background-only full likelihood (pyhf JSON workspace 1.0.0); synthetic")));
        }
        docs.add(header);
        docs.addAll(tables);
        writeYaml(dir.resolve("submission.yaml"), docs);
        files.add(root(dir) + "submission.yaml");
        for (Map<String, Object> t : tables) {
            files.add(root(dir) + t.get("data_file"));
        }
    }

    private void writeCrossSections(Path root) throws IOException {
        for (Process p : Process.values()) {
            StringBuilder sb = new StringBuilder();
            sb.append("# SYNTHETIC reference cross sections of the protomodels toy world (not the LHC SUSY WG values):\n");
            sb.append("# ln(sigma/pb) = ").append(p.a).append(" - ").append(p.b).append(" ln(m/GeV) - ").append(p.c).append(" m/GeV\n");
            sb.append("# Mass of ").append(p.table).append("s\tCross section (pb) ± Uncertainty (synthetic)\n");
            double lo = p.table.equals("stop") ? 100 : 200;
            double hi = p.sqrts == 13 ? 3000 : 2000;
            for (double m = lo; m <= hi + 1e-9; m += 25) {
                sb.append(String.format(java.util.Locale.ROOT, "%.0f. GeV\t%.3E ± %.2f %%%n", m, p.sigmaPb(m),
                        p.relativeUncertaintyPercent(m)));
            }
            String rel = "xsec/xsec" + p.table + p.sqrts + ".txt";
            Path f = root.resolve(rel);
            Files.createDirectories(f.getParent());
            Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
            files.add(rel);
        }
    }

    /** The planted protomodel as a protomodel document (docs/schemas/1.0.0/protomodel.json). */
    private void writePlanted(Path root) throws IOException {
        Map<String, Object> planted = new LinkedHashMap<>();
        planted.put("kind", "protomodel");
        planted.put("version", "1.0.0");
        planted.put("masses", Map.of("1000006", PLANTED_STOP, "1000022", PLANTED_LSP));
        planted.put("decays", List.of(Map.of("mother", 1000006, "daughters", List.of(1000022, 6), "br", 1.0)));
        planted.put("signalStrengths", List.of(
                Map.of("pdg1", -1000006, "pdg2", 1000006, "value", PLANTED_SSM),
                Map.of("pdg1", 1000022, "pdg2", 1000022, "value", 1.0)));
        CanonicalJson.write(root.resolve("planted.json"), planted);
        files.add("planted.json");
    }

    private void writeYaml(Path file, List<?> documents) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                sb.append("---\n");
            }
            sb.append(yaml.writeValueAsString(documents.get(i)));
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static String root(Path recordDir) {
        return "hepdata/" + recordDir.getFileName() + "/";
    }
}

package org.protomodels.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A database stored as what differs from another one (a fake database, a signal-injected one): the original's
 * file (relative to this file) and sha256, the new observed count of signal regions ({@code analysisId:datasetId})
 * and the shift x of upper-limit maps ({@code analysisId:datasetId:txName}; observed := expected (1 + x/1.96)).
 * {@link DatabaseIO#read} materialises it into a full database, so every stage reads a fake unchanged.
 * {@code provenance} records how it was made (seed, fudge, index, injected protomodel).
 * Optional: {@code observedLimits} sets single points of observed upper-limit maps (after the shift; signal
 * injection raises the limits near the signal masses), {@code analysisId:datasetId:txName -> pointIndex -> fb};
 * {@code workspaceData} holds a pyhf workspace's sampled data (its path as in the database -> channel -> bins,
 * plus the auxiliary data under the key {@code "_aux"}) for likelihoods that rebuild the full workspace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservationOverlay(String kind, String version, String original, String originalSha256,
                                 Map<String, Object> provenance, Map<String, Double> observedCounts,
                                 Map<String, Double> upperLimitShifts, Map<String, Map<String, Double>> observedLimits,
                                 Map<String, Map<String, double[]>> workspaceData) {
    public static final String KIND = "observation-overlay";
    public static final String VERSION = "1.0.0";

    public ObservationOverlay {
        if (!KIND.equals(kind)) {
            throw new IllegalArgumentException("kind: must be '" + KIND + "', got '" + kind + "'");
        }
        Checks.requireText(original, "original");
        Objects.requireNonNull(originalSha256, "originalSha256");
        provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(provenance));
        Map<String, Double> counts = new TreeMap<>(observedCounts);
        Map<String, Double> shifts = new TreeMap<>(upperLimitShifts);
        counts.forEach((k, v) -> Checks.requireNonNegative(v, "observedCounts/" + k));
        shifts.forEach((k, v) -> Checks.requireFinite(v, "upperLimitShifts/" + k));
        observedCounts = Collections.unmodifiableMap(counts);
        upperLimitShifts = Collections.unmodifiableMap(shifts);
        if (observedLimits != null) {
            Map<String, Map<String, Double>> limits = new TreeMap<>();
            observedLimits.forEach((k, v) -> {
                Map<String, Double> points = new TreeMap<>(java.util.Comparator.comparingInt(Integer::parseInt));
                v.forEach((i, y) -> {
                    if (!i.matches("[0-9]{1,9}")) {
                        throw new IllegalArgumentException("observedLimits/" + k + "/" + i + ": not a point index");
                    }
                    Checks.requireNonNegative(y, "observedLimits/" + k + "/" + i);
                    points.put(i, y);
                });
                limits.put(k, Collections.unmodifiableMap(points));
            });
            observedLimits = limits.isEmpty() ? null : Collections.unmodifiableMap(limits);
        }
        if (workspaceData != null) {
            Map<String, Map<String, double[]>> ws = new TreeMap<>();
            workspaceData.forEach((k, v) -> ws.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
            workspaceData = ws.isEmpty() ? null : Collections.unmodifiableMap(ws);
        }
    }

    /** Counts and map shifts only. */
    public ObservationOverlay(String kind, String version, String original, String originalSha256,
                              Map<String, Object> provenance, Map<String, Double> observedCounts,
                              Map<String, Double> upperLimitShifts) {
        this(kind, version, original, originalSha256, provenance, observedCounts, upperLimitShifts, null, null);
    }

    /** The full database: {@code base} with these counts and shifted observed limits. */
    public Database applyTo(Database base, String label) {
        java.util.List<Analysis> analyses = new java.util.ArrayList<>();
        for (Analysis a : base.analyses()) {
            java.util.List<DataSet> datasets = new java.util.ArrayList<>();
            for (DataSet d : a.datasets()) {
                String key = a.id() + ":" + d.id();
                SignalRegionCounts c = d.counts();
                Double n = observedCounts.get(key);
                if (c != null && n != null) {
                    // the published limit on the visible cross section belongs to the real observation: dropped
                    c = new SignalRegionCounts(n, c.expectedBG(), c.bgError(), null, c.expectedUpperLimit(), c.thirdMoment());
                }
                java.util.List<TxName> txNames = new java.util.ArrayList<>();
                for (TxName t : d.txNames()) {
                    Double x = upperLimitShifts.get(key + ":" + t.name());
                    Map<String, Double> points = observedLimits == null ? null : observedLimits.get(key + ":" + t.name());
                    if (x != null && t.expectedUpperLimits() != null) {
                        Grid e = t.expectedUpperLimits();
                        double[] v = new double[e.size()];
                        for (int i = 0; i < v.length; i++) {
                            v[i] = Math.max(0, e.values()[i] * (1 + x / 1.96));
                        }
                        t = new TxName(t.name(), t.constraint(), t.conditions(), t.conditionDescription(), t.finalState(),
                                t.validated(), new Grid(e.axes(), e.valueUnit(), e.points(), v), e, t.efficiencyMap(), t.info());
                    }
                    if (points != null && t.upperLimits() != null) {
                        Grid o = t.upperLimits();
                        double[] v = o.values().clone();
                        for (var p : points.entrySet()) {
                            int i = Integer.parseInt(p.getKey());
                            if (i >= 0 && i < v.length) {
                                v[i] = p.getValue();
                            }
                        }
                        t = new TxName(t.name(), t.constraint(), t.conditions(), t.conditionDescription(), t.finalState(),
                                t.validated(), new Grid(o.axes(), o.valueUnit(), o.points(), v), t.expectedUpperLimits(),
                                t.efficiencyMap(), t.info());
                    }
                    txNames.add(t);
                }
                datasets.add(new DataSet(d.id(), d.dataType(), c, d.combinableWith(), txNames));
            }
            analyses.add(new Analysis(a.id(), a.experiment(), a.sqrts(), a.luminosity(), a.source(), a.supersededBy(),
                    a.privateResult(), a.combinableWith(), datasets, a.covariance(), a.workspaces(), a.info()));
        }
        String version = (base.databaseVersion() == null ? "" : base.databaseVersion()) + "+" + label;
        return new Database(Database.KIND, Database.VERSION, version, analyses, base.combinations(), base.crossSections());
    }
}

package org.protomodels.predict;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;
import org.protomodels.database.SignalRegionCounts;
import org.protomodels.database.TxName;
import org.protomodels.predict.decomp.Decomposer;
import org.protomodels.predict.decomp.Element;
import org.protomodels.predict.decomp.Matcher;
import org.protomodels.predict.decomp.TermPattern;
import org.protomodels.predict.grid.GridInterpolator;
import org.protomodels.predict.grid.TriangulationCache;
import org.protomodels.predict.model.ProductionCrossSection;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.xsec.ReferenceCrossSections;

/**
 * Protomodel -> theory predictions against a database (spec 3): reference cross sections x SSMs, decomposition,
 * matching to every txName's constraint, then per dataset:
 * <ul>
 * <li>upper-limit datasets: per txName the matched elements with an upper limit are clustered as SModelS does
 *     ({@link UpperLimitClustering}: maximal clusters of UL distance 2|a-b|/(a+b) <= 0.2, split until every member
 *     is within 0.2 of the others and of the weight-averaged element); each cluster is one prediction with
 *     sigma = sum of coefficient x weight, r_obs / r_exp from the observed / expected UL maps at the average
 *     masses; conditions (Csim, Cgtr) must satisfy round(max/0.2, 2) <= 1;</li>
 * <li>efficiency-map datasets: sigma = sum over the dataset's txNames and matched elements of coefficient x weight
 *     x efficiency (efficiencies below 1e-14 or off the map ignored); yield = sigma x luminosity; r from the
 *     dataset's published upper limits.</li>
 * </ul>
 * Predictions below 1e-6 fb are dropped. Built once per database (interpolators are precomputed lazily and kept,
 * or all at once by {@link #prepareMaps}); a prediction visits only the datasets whose txNames matched an element,
 * and each thread remembers the map values it looked up ({@link MapValueMemo}).
 *
 * <p>Constraints of both notations are compiled into {@link TermPattern}s (bracket and SModelS 3 graph notation;
 * docs/predictions.md). Combined (covariance / pyhf) results are not formed here.
 */
public final class Predictor {
    public static final double MIN_SIGMA_FB = 1e-6;
    public static final double MAX_CONDITION = 0.2;
    public static final double CLUSTER_DISTANCE = 0.2;
    public static final double MIN_EFFICIENCY = 1e-14;

    /** Everything that can be set. */
    public record Settings(Decomposer.Settings decomposition, ReferenceCrossSections.Mode crossSections) {
        public static Settings protomodels() {
            return new Settings(Decomposer.Settings.protomodels(), ReferenceCrossSections.Mode.FIDELITY);
        }
    }

    private final Database database;
    private final Settings settings;
    private final ReferenceCrossSections xsecs;
    private final Map<TxName, CompiledTxName> compiled = new IdentityHashMap<>();
    /** The compiled txNames by {@link CompiledTxName#id}. */
    private final List<CompiledTxName> byId = new ArrayList<>();
    /** All constraint terms of the database, for the topology cache. */
    private final List<TermRef> terms = new ArrayList<>();
    /** element topology (bracket string) -> the terms it matches, with the branch order; labels decide, masses not. */
    private final java.util.concurrent.ConcurrentHashMap<String, List<Hit>> hitsByTopology = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every dataset of the database in database order, with its analysis and compiled txNames. */
    private final List<DataSetRef> datasets = new ArrayList<>();
    /** By txName id: the datasets (indices into {@link #datasets}) that hold it. */
    private final List<List<Integer>> datasetsOf = new ArrayList<>();
    /** Per thread: map values at exact coordinates (the mu-hat loop re-predicts the same masses). */
    private final ThreadLocal<MapValueMemo> memo = ThreadLocal.withInitial(MapValueMemo::new);

    private record TermRef(CompiledTxName txName, TermPattern term) {
    }

    /** {@code txNames}: the dataset's txNames compiled, in its order. */
    private record DataSetRef(Analysis analysis, DataSet dataSet, CompiledTxName[] txNames) {
    }

    private record Hit(CompiledTxName txName, TermPattern term, int order) {
    }

    private Predictor(Database database, Settings settings, TriangulationCache triangulations) {
        this.database = database;
        this.settings = settings;
        this.xsecs = ReferenceCrossSections.of(database.crossSections(), settings.crossSections());
        for (Analysis a : database.analyses()) {
            for (DataSet d : a.datasets()) {
                CompiledTxName[] ts = new CompiledTxName[d.txNames().size()];
                for (int k = 0; k < ts.length; k++) {
                    TxName t = d.txNames().get(k);
                    CompiledTxName ct = compiled.computeIfAbsent(t, x -> new CompiledTxName(x, triangulations, byId.size()));
                    if (ct.id == byId.size()) {
                        byId.add(ct);
                        datasetsOf.add(new ArrayList<>());
                    }
                    datasetsOf.get(ct.id).add(datasets.size());
                    ts[k] = ct;
                    for (TermPattern term : ct.terms) {
                        if (term.reachable()) {
                            terms.add(new TermRef(ct, term));
                        }
                    }
                }
                datasets.add(new DataSetRef(a, d, ts));
            }
        }
    }

    public static Predictor of(Database database, Settings settings) {
        return new Predictor(database, settings, new TriangulationCache());
    }

    /**
     * With map triangulations from (and into) {@code triangulations}: predictors of databases that differ only in
     * values (the fakes of one database) then triangulate each grid once between them. Same predictions, bit for bit.
     */
    public static Predictor of(Database database, Settings settings, TriangulationCache triangulations) {
        return new Predictor(database, settings, java.util.Objects.requireNonNull(triangulations, "triangulations"));
    }

    /** One-shot convenience; keep a {@link Predictor} for repeated calls (interpolators are cached in it). */
    public static List<TheoryPrediction> predict(ProtoModel model, Database database) {
        return of(database, Settings.protomodels()).predict(model);
    }

    public List<ProductionCrossSection> crossSections(ProtoModel model) {
        return xsecs.compute(model);
    }

    public List<Element> decompose(ProtoModel model) {
        return decompose(model, crossSections(model));
    }

    /** The decomposition with the model's cross sections already at hand ({@link #crossSections}). */
    public List<Element> decompose(ProtoModel model, List<ProductionCrossSection> crossSections) {
        return Decomposer.decompose(model, crossSections, settings.decomposition());
    }

    /**
     * Builds every map's interpolator now instead of on first use (benchmarks, long runs that want the warm-up
     * up front). Returns the number of maps. Values do not depend on when a map was built.
     */
    public int prepareMaps() {
        int n = 0;
        for (CompiledTxName ct : byId) {
            if (!ct.usable()) {
                continue;
            }
            n += (ct.upperLimits() != null ? 1 : 0) + (ct.expectedUpperLimits() != null ? 1 : 0)
                    + (ct.efficiencies() != null ? 1 : 0);
        }
        return n;
    }

    /** Predictions for every analysis and dataset of the database, in database order. */
    public List<TheoryPrediction> predict(ProtoModel model) {
        return predict(decompose(model));
    }

    /** Predictions for already decomposed elements (e.g. hand-made ones), every analysis and dataset, in database order. */
    public List<TheoryPrediction> predict(List<Element> elements) {
        List<TheoryPrediction> out = new ArrayList<>();
        if (elements.isEmpty()) {
            return out;
        }
        // which txNames see which elements: through the per-topology cache, one lookup per element
        @SuppressWarnings("unchecked")
        List<Match>[] byTxName = new List[byId.size()];
        // only the datasets whose txNames matched an element can predict anything; visited in database order
        java.util.BitSet touched = new java.util.BitSet(datasets.size());
        for (Element e : elements) {
            for (Hit h : hitsByTopology.computeIfAbsent(e.matchKey(), k -> hits(e))) {
                int id = h.txName().id;
                if (byTxName[id] == null) {
                    byTxName[id] = new ArrayList<>();
                    for (int i : datasetsOf.get(id)) {
                        touched.set(i);
                    }
                }
                byTxName[id].add(new Match(e, h.term(), h.order()));
            }
        }
        MapValueMemo values = memo.get();
        for (int i = touched.nextSetBit(0); i >= 0; i = touched.nextSetBit(i + 1)) {
            DataSetRef ref = datasets.get(i);
            Analysis a = ref.analysis();
            DataSet d = ref.dataSet();
            int si = Decomposer.sqrtsIndex(a.sqrts());
            if (si < 0) {
                continue;
            }
            if (d.dataType() == DataType.UPPER_LIMIT) {
                for (CompiledTxName ct : ref.txNames()) {
                    List<Match> matched = byTxName[ct.id];
                    if (matched != null) {
                        upperLimitPredictions(a, d, ct, matched, si, values, out);
                    }
                }
            } else {
                TheoryPrediction p = efficiencyMapPrediction(a, d, ref.txNames(), byTxName, si, values);
                if (p != null) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** An element matched to a constraint term, with the branch order. */
    private record Match(Element element, TermPattern term, int order) {
        /** Coefficient x sigma x BR: the element's contribution to the constraint. */
        double weight(int si) {
            return term.coefficient() * element.weightFb(si);
        }
    }

    private List<Hit> hits(Element e) {
        List<Hit> out = new ArrayList<>();
        for (TermRef r : terms) {
            int order = Matcher.match(r.term(), e);
            if (order != Matcher.NO_MATCH) {
                out.add(new Hit(r.txName(), r.term(), order));
            }
        }
        return List.copyOf(out);
    }

    private static List<Match> matches(List<TermPattern> terms, List<Element> elements) {
        List<Match> out = new ArrayList<>();
        for (Element e : elements) {
            for (TermPattern term : terms) {
                int order = Matcher.match(term, e);
                if (order != Matcher.NO_MATCH) {
                    out.add(new Match(e, term, order));
                }
            }
        }
        return out;
    }

    private TheoryPrediction efficiencyMapPrediction(Analysis a, DataSet d, CompiledTxName[] txNames,
                                                     List<Match>[] byTxName, int si, MapValueMemo values) {
        double sigma = 0;
        Set<String> tx = new LinkedHashSet<>();
        Set<String> topo = new LinkedHashSet<>();
        for (CompiledTxName ct : txNames) {
            List<Match> matched = byTxName[ct.id];
            if (matched == null || !ct.usable() || ct.efficiencies() == null) {
                continue;
            }
            TxName t = ct.txName;
            for (Match m : matched) {
                if (m.weight(si) <= 0) {
                    continue;
                }
                double[] x = CompiledTxName.coordinates(m.element(), m.order(), m.term(), t.efficiencyMap());
                if (x == null) {
                    continue;
                }
                double eff = values.value(ct.efficiencies(), x);
                if (eff == GridInterpolator.NO_VALUE || Math.abs(eff) < MIN_EFFICIENCY) {
                    continue;
                }
                sigma += m.weight(si) * eff;
                tx.add(t.name());
                topo.add(m.element().topology());
            }
        }
        if (sigma < MIN_SIGMA_FB) {
            return null;
        }
        SignalRegionCounts c = d.counts();
        Double ul = c == null ? null : c.upperLimit();
        Double eul = c == null ? null : c.expectedUpperLimit();
        return new TheoryPrediction(a.id(), d.id(), d.dataType(), a.sqrts(), List.copyOf(tx), sigma, ul, eul,
                ratio(sigma, ul), ratio(sigma, eul), sigma * a.luminosity(), null, List.copyOf(topo), null);
    }

    private static Double ratio(double sigma, Double ul) {
        return ul == null || !(ul > 0) ? null : sigma / ul;
    }

    private void upperLimitPredictions(Analysis a, DataSet d, CompiledTxName ct, List<Match> matched, int si,
                                       MapValueMemo values, List<TheoryPrediction> out) {
        TxName t = ct.txName;
        if (!ct.usable() || ct.upperLimits() == null) {
            return;
        }
        GridInterpolator ulMap = ct.upperLimits();
        // elements with an upper limit at their masses
        List<Match> usable = new ArrayList<>();
        List<double[]> coords = new ArrayList<>();
        List<Double> uls = new ArrayList<>();
        for (Match m : matched) {
            if (m.weight(si) <= 0) {
                continue;
            }
            double[] x = CompiledTxName.coordinates(m.element(), m.order(), m.term(), t.upperLimits());
            if (x == null) {
                continue;
            }
            double ul = values.value(ulMap, x);
            if (ul == GridInterpolator.NO_VALUE || !(ul > 0)) {
                continue;
            }
            usable.add(m);
            coords.add(x);
            uls.add(ul);
        }
        if (usable.isEmpty()) {
            return;
        }
        int n = usable.size();
        double[] w = new double[n];
        double[][] x = coords.toArray(new double[0][]);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = usable.get(i).element().weightFb(si);
            u[i] = uls.get(i);
        }
        List<int[]> clusters = UpperLimitClustering.cluster(w, x, u, p -> {
            double v = values.value(ulMap, p);
            return v == GridInterpolator.NO_VALUE || !(v > 0) ? Double.NaN : v;
        }, CLUSTER_DISTANCE);
        for (int[] cl : clusters) {
            double sigma = 0;
            Set<String> topo = new LinkedHashSet<>();
            List<Element> members = new ArrayList<>(cl.length);
            for (int i : cl) {
                sigma += usable.get(i).weight(si);
                topo.add(usable.get(i).element().topology());
                members.add(usable.get(i).element());
            }
            if (sigma < MIN_SIGMA_FB) {
                continue;
            }
            double[] avg = UpperLimitClustering.average(cl, w, x);
            double ul = values.value(ulMap, avg);
            if (ul == GridInterpolator.NO_VALUE || !(ul > 0)) {
                continue;
            }
            Double eul = null;
            if (ct.expectedUpperLimits() != null) {
                double v = values.value(ct.expectedUpperLimits(), avg);
                eul = v == GridInterpolator.NO_VALUE || !(v > 0) ? null : v;
            }
            Double cond = maxCondition(ct, members, si);
            if (cond != null && Math.round(cond / MAX_CONDITION * 100) / 100.0 > 1) {
                continue;
            }
            List<Double> masses = new ArrayList<>(avg.length);
            for (double v : avg) {
                masses.add(v);
            }
            out.add(new TheoryPrediction(a.id(), d.id(), d.dataType(), a.sqrts(), List.of(t.name()), sigma, ul, eul,
                    sigma / ul, eul == null ? null : sigma / eul, null, cond, List.copyOf(topo), masses));
        }
    }

    /** Largest condition value over the txName's conditions on the cluster's elements, or null if none. */
    private static Double maxCondition(CompiledTxName t, List<Element> members, int si) {
        Double max = null;
        for (CompiledTxName.CompiledCondition c : t.conditions) {
            double[] v = new double[c.arguments().size()];
            for (int k = 0; k < v.length; k++) {
                for (Match m : matches(c.arguments().get(k), members)) {
                    v[k] += m.weight(si);
                }
            }
            double value;
            String f = c.function();
            if (f.equals("csim")) {
                value = 0;
                for (int i = 0; i < v.length; i++) {
                    for (int j = i + 1; j < v.length; j++) {
                        if (v[i] + v[j] > 0) {
                            value = Math.max(value, Math.abs(v[i] - v[j]) / (v[i] + v[j]));
                        }
                    }
                }
            } else if (f.equals("cgtr") && v.length == 2) {
                value = v[0] + v[1] > 0 ? (Math.abs(v[0] - v[1]) - (v[0] - v[1])) / (2 * (v[0] + v[1])) : 0;
            } else {
                continue;
            }
            max = max == null ? value : Math.max(max, value);
        }
        return max;
    }
}

package org.protomodels.combine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.protomodels.database.Analysis;
import org.protomodels.database.CovarianceMatrix;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;
import org.protomodels.database.SignalRegionCounts;
import org.protomodels.likelihoods.PyhfSchemaLocator;
import org.protomodels.predict.Predictor;
import org.protomodels.predict.TheoryPrediction;
import org.protomodels.predict.decomp.Element;
import org.protomodels.predict.model.ProductionCrossSection;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.stats.simplified.ModelInput;
import org.protomodels.stats.simplified.TruncatedGaussian;

/**
 * Protomodel -> {@link Score} against one database under one {@link Profile} (spec 4.5-7): the likelihood of every
 * kept prediction, signal-region preselection, the best combination (maximum-weight clique of the combinable
 * results), its combined likelihood, the prior and penalties, K and Z, and the critics. Build once per database
 * (combinability of every pair of results and pyhf models are precomputed); {@link #score} is thread-safe.
 */
public final class Scorer {
    /** Points of the score.json curves. */
    public static final int CURVE_POINTS = 40;

    private final Database db;
    private final Profile profile;
    private final Predictor predictor;
    private final CombinabilityIndex index;
    private final PathFinder pathFinder;
    private final Map<String, Analysis> analyses = new HashMap<>();
    private final Path workspaces;
    private final Map<String, java.util.Optional<PyhfAnalysis>> pyhf = new ConcurrentHashMap<>();
    private final boolean curves;

    private Scorer(Database db, Profile profile, Path workspaces, boolean curves, Predictor predictor,
                   CombinabilityIndex index) {
        this.db = db;
        this.profile = profile;
        this.workspaces = workspaces;
        this.curves = curves;
        this.predictor = predictor;
        this.index = index;
        this.pathFinder = PathFinder.of(profile.combination().mode(), profile.combination().sources());
        for (Analysis a : db.analyses()) {
            analyses.put(a.id(), a);
        }
    }

    /** A scorer without pyhf workspaces (their analyses enter signal region by signal region). */
    public static Scorer of(Database db, Profile profile) {
        return of(db, profile, null);
    }

    /** With the folder the database's workspace paths are relative to (null: none). */
    public static Scorer of(Database db, Profile profile, Path workspaces) {
        return new Scorer(db, profile, workspaces, false, Predictor.of(db, Predictor.Settings.protomodels()),
                CombinabilityIndex.of(db, Combinability.of(db)));
    }

    /**
     * With the predictor's map triangulations from {@code triangulations}, shared with the scorers of other databases
     * on the same grids (the fakes of one database); the scores are the same, bit for bit.
     */
    public static Scorer of(Database db, Profile profile, Path workspaces,
                            org.protomodels.predict.grid.TriangulationCache triangulations) {
        return new Scorer(db, profile, workspaces, false, Predictor.of(db, Predictor.Settings.protomodels(), triangulations),
                CombinabilityIndex.of(db, Combinability.of(db)));
    }

    /** The same scorer, also computing the likelihood curves of score.json. */
    public Scorer withCurves(boolean withCurves) {
        return new Scorer(db, profile, workspaces, withCurves, predictor, index);
    }

    /** The same database, predictor caches and combinability, another profile. */
    public Scorer withProfile(Profile other) {
        return new Scorer(db, other, workspaces, curves, predictor, index);
    }

    public Profile profile() {
        return profile;
    }

    public Database database() {
        return db;
    }

    public Predictor predictor() {
        return predictor;
    }

    /** Predicts, then scores. */
    public Score score(ProtoModel model) {
        return figures(model).score(true);
    }

    /** Scores given predictions of {@code model} (e.g. from the walk's own predictor run). */
    public Score score(ProtoModel model, List<TheoryPrediction> given) {
        return new Figures(model, predictor.crossSections(model), null, withRValues(given)).score(true);
    }

    /**
     * The first stage of {@link #score}: predictions, likelihoods, the best combination and its mu-hat, TL and K,
     * but no critic (except mu_max, which caps mu-hat) and no upper limit. The walk's mu-hat loop needs only these
     * until mu-hat converges; {@link Figures#score} completes the model it settles on. The model is decomposed once.
     */
    public Figures figures(ProtoModel model) {
        List<ProductionCrossSection> xsecs = predictor.crossSections(model);
        List<Element> elements = predictor.decompose(model, xsecs);
        return new Figures(model, xsecs, elements, withRValues(predictor.predict(elements)));
    }

    /**
     * A score up to its critics (see {@link Scorer#figures}): {@link #defined}, {@link #k}, {@link #muHat} are final;
     * {@link #score} adds the critics, the members and (optionally) the upper limit on mu. Not thread-safe.
     */
    public final class Figures {
        private final ProtoModel model;
        private final List<Element> elements;
        private final List<TheoryPrediction> predictions;
        private final ModelPrior.Details prior;
        private final Map<String, ResultLikelihood> combined = new LinkedHashMap<>();
        private final List<CriticVerdict> verdicts = new ArrayList<>();
        private Penalties.Factors penalties;
        private double muMax = Double.POSITIVE_INFINITY;
        /** Set when the score is known without combination (no prediction, or none enters): then the critics' count. */
        private boolean noPrediction;
        private boolean noCombination;
        private List<ResultLikelihood> members = List.of();
        private CombinedLikelihood c;
        private boolean defined;
        private String explanation;
        private double k;
        private double tl;
        private double z2;
        private double muHat;
        private double twoLnPi;
        private boolean critics;

        /** {@code elements}: the model's decomposition when at hand (null: decomposed again when the members need it). */
        private Figures(ProtoModel model, List<ProductionCrossSection> xsecs, List<Element> elements,
                        List<TheoryPrediction> predictions) {
            this.model = model;
            this.elements = elements;
            this.predictions = predictions;
            prior = ModelPrior.of(model, xsecs, profile.prior());
            if (predictions.isEmpty()) {
                noPrediction = true;
                defined = true;
                explanation = "no prediction: no topology of this protomodel matches a result of the database, so K = 0 "
                        + "by convention";
                return;
            }
            List<ResultLikelihood> results = preselect(candidates(predictions, combined));
            Set<String> ids = new LinkedHashSet<>();
            for (ResultLikelihood r : results) {
                ids.add(r.analysisId());
            }
            penalties = Penalties.of(model, ids, profile.penalties());
            if (profile.critics().muMax().enabled()) {
                Critics.MuMax m = Critics.muMax(predictions, profile.critics().muMax());
                muMax = m.muMax();
                verdicts.add(m.verdict());
            }
            boolean z2Form = profile.teststatistic().z2();
            double[] w = new double[results.size()];
            for (int i = 0; i < w.length; i++) {
                ResultLikelihood r = results.get(i);
                w[i] = z2Form ? individualZ2(r, muMax) : r.weight();
                if (!Double.isFinite(w[i])) {
                    w[i] = Double.NaN;
                }
            }
            PathFinder.Combination best = results.isEmpty() ? new PathFinder.Combination(new int[0], 0)
                    : pathFinder.best(index.matrix(results), w);
            twoLnPi = 2 * Math.log(prior.pi() * (z2Form ? 1 : penalties.product()));
            if (best.size() == 0) {
                // predictions exist but none enters a combination (e.g. only upper limits under v2): TL = 0
                noCombination = true;
                defined = Double.isFinite(twoLnPi);
                explanation = defined ? "no result enters the combination (" + predictions.size()
                        + " predictions, none usable for the test statistic): TL = 0" : "prior x penalties is 0: K = -infinity";
                return;
            }
            List<ResultLikelihood> in = new ArrayList<>();
            for (int i : best.members()) {
                in.add(results.get(i));
            }
            members = in;
            c = CombinedLikelihood.of(members, muMax);
            muHat = c.muHat();
            z2 = c.z2();
            for (ResultLikelihood r : members) {
                tl += r.weight();
            }
            k = (z2Form ? z2 : tl) + twoLnPi;
            defined = true;
            if (!Double.isFinite(muHat) || !Double.isFinite(tl) || !Double.isFinite(z2)) {
                defined = false;
                explanation = "the combined likelihood is undefined (mu-hat " + muHat + ", TL " + tl + ")";
            } else if (!Double.isFinite(twoLnPi)) {
                defined = false;
                explanation = "prior x penalties is 0 (" + (prior.pi() == 0 ? "no production cross section"
                        : "a penalty rejects the model") + "): K = -infinity";
            }
        }

        /** Whether K is defined; the score's {@link Score#defined}. */
        public boolean defined() {
            return defined;
        }

        /** Why K is undefined or 0 by convention (null otherwise); the score's {@link Score#explanation}. */
        public String explanation() {
            return explanation;
        }

        /** The score's mu-hat (0 when no combination is formed). */
        public double muHat() {
            return c == null ? 0 : muHat;
        }

        /**
         * The complete score. {@code upperLimit}: also the 95% CL upper limit on mu of the combination (a few
         * likelihood scans; the walk does not use it, its score carries NaN). Everything else does not depend on it.
         */
        public Score score(boolean upperLimit) {
            if (noPrediction) {
                return new Score(profile.name(), true, explanation, 0, 0, 0, 0, 0, 0, Double.NaN, prior, Penalties.none(),
                        List.of(), List.of(), null);
            }
            runCritics();
            if (noCombination) {
                return new Score(profile.name(), defined, explanation, defined ? twoLnPi : Double.NaN, 0, 0, 0, 0, 0,
                        Double.NaN, prior, penalties, List.of(), verdicts, null);
            }
            boolean z2Form = profile.teststatistic().z2();
            Map<String, Set<Integer>> particlesByTopology = particlesByTopology(model,
                    elements != null ? elements : predictor.decompose(model));
            List<Score.Member> out = new ArrayList<>();
            for (ResultLikelihood r : members) {
                double contribution = z2Form ? 2 * (r.nll0() - r.nll(muHat)) : r.weight();
                Set<String> topo = new TreeSet<>();
                Set<Integer> pdgs = new TreeSet<>();
                for (TheoryPrediction p : r.predictions()) {
                    topo.addAll(p.topologies());
                    for (String t : p.topologies()) {
                        pdgs.addAll(particlesByTopology.getOrDefault(t, Set.of()));
                    }
                }
                out.add(new Score.Member(r.analysisId(), r.datasetId(), r.kind().label(), r.sqrts(), List.copyOf(topo),
                        pdgs, r.observed(), r.expected(), finite(r.rObs()), finite(r.rExp()), r.significance(),
                        contribution));
            }
            double ul = defined && upperLimit ? c.upperLimit() : Double.NaN;
            double[] bounds = c.muHatBounds();
            return new Score(profile.name(), defined, explanation, defined ? k : Double.NaN, Math.sqrt(z2), tl, muHat,
                    bounds[0], bounds[1], ul, prior, penalties, out, verdicts, curves && defined ? curves(c) : null);
        }

        /** The fast and slow critics (spec 7.2, 7.3), once. */
        private void runCritics() {
            if (critics) {
                return;
            }
            critics = true;
            boolean fastPass = true;
            if (profile.critics().fast().enabled()) {
                CriticVerdict v = Critics.fast(predictions, profile.critics().fast());
                fastPass = v.pass();
                verdicts.add(v);
            }
            if (profile.critics().slow().enabled()) {
                if (fastPass) {
                    verdicts.add(Critics.slow(combinedOrBest(predictions, combined), index, pathFinder,
                            profile.critics().slow()));
                } else {
                    verdicts.add(new CriticVerdict("slow", false, "not run: the fast critic failed", List.of()));
                }
            }
        }
    }

    /**
     * The predictions with r_obs / r_exp filled in where the database publishes no limit for an efficiency-map
     * region: 1 / UL on mu from its Poisson x Gaussian likelihood (asymptotic CLs, spec 4.5), observed and a priori.
     */
    List<TheoryPrediction> withRValues(List<TheoryPrediction> in) {
        List<TheoryPrediction> out = null;
        for (int i = 0; i < in.size(); i++) {
            TheoryPrediction p = in.get(i);
            if (p.dataType() != DataType.EFFICIENCY_MAP || (p.rObs() != null && p.rExp() != null)
                    || p.signalYield() == null || !(p.signalYield() > 0)) {
                continue;
            }
            Analysis a = analyses.get(p.analysisId());
            DataSet d = a == null ? null : a.dataset(p.datasetId());
            if (d == null || d.counts() == null) {
                continue;
            }
            SignalRegionCounts c = d.counts();
            double err = c.bgError() > 0 ? c.bgError() : SignalRegionResult.MIN_RELATIVE_ERROR * Math.max(c.expectedBG(), 1);
            var sl = org.protomodels.stats.simplified.SimplifiedLikelihood.of(
                    ModelInput.singleRegion(c.observedN(), c.expectedBG(), err, p.signalYield()));
            Double rObs = p.rObs() != null ? p.rObs() : inverse(org.protomodels.stats.simplified.AsymptoticCls.of(sl,
                    org.protomodels.stats.simplified.EvaluationType.OBSERVED).upperLimit());
            Double rExp = p.rExp() != null ? p.rExp() : inverse(org.protomodels.stats.simplified.AsymptoticCls.of(sl,
                    org.protomodels.stats.simplified.EvaluationType.APRIORI).upperLimit());
            if (out == null) {
                out = new ArrayList<>(in);
            }
            out.set(i, new TheoryPrediction(p.analysisId(), p.datasetId(), p.dataType(), p.sqrts(), p.txNames(), p.sigmaFb(),
                    p.upperLimitFb(), p.expectedUpperLimitFb(), rObs, rExp, p.signalYield(), p.maxCondition(),
                    p.topologies(), p.averageMasses()));
        }
        return out == null ? in : out;
    }

    private static Double inverse(double ul) {
        return ul > 0 && Double.isFinite(ul) ? 1 / ul : null;
    }

    /** Z^2 of one result alone, mu-hat capped at mu_max (the v1 weights, docs/combine.md). */
    private static double individualZ2(ResultLikelihood r, double muMax) {
        double m = r.muHat();
        if (!Double.isFinite(m)) {
            return Double.NaN;
        }
        m = Math.min(Math.max(m, 0), muMax);
        return Math.max(0, 2 * (r.nll0() - r.nll(m)));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    // ---------------------------------------------------------------------------------------------
    // which results enter

    /** The likelihoods the profile lets into the combination, in prediction order; combined results are kept in {@code combined}. */
    List<ResultLikelihood> candidates(List<TheoryPrediction> predictions, Map<String, ResultLikelihood> combined) {
        Profile.Predictions pp = profile.predictions();
        TruncatedGaussian.Variant variant = profile.teststatistic().z2() ? TruncatedGaussian.Variant.PAPER2020
                : TruncatedGaussian.Variant.SMODELS3;
        Map<String, List<TheoryPrediction>> em = new LinkedHashMap<>();
        List<ResultLikelihood> out = new ArrayList<>();
        for (TheoryPrediction p : predictions) {
            if (p.dataType() == DataType.UPPER_LIMIT) {
                if (pp.upperLimitsInCombination() && UpperLimitResult.usable(p)) {
                    out.add(new UpperLimitResult(p, variant));
                }
            } else {
                em.computeIfAbsent(p.analysisId(), k -> new ArrayList<>()).add(p);
            }
        }
        for (var e : em.entrySet()) {
            Analysis a = analyses.get(e.getKey());
            ResultLikelihood comb = pp.combinedResults() ? combinedResult(a, e.getValue(), combined) : null;
            Set<String> inCombined = new java.util.HashSet<>();
            if (comb != null) {
                out.add(comb);
                for (TheoryPrediction p : comb.predictions()) {
                    inCombined.add(p.datasetId());
                }
            }
            for (TheoryPrediction p : e.getValue()) {
                if (inCombined.contains(p.datasetId())) {
                    continue;
                }
                ResultLikelihood r = signalRegion(a, p);
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private ResultLikelihood signalRegion(Analysis a, TheoryPrediction p) {
        DataSet d = a == null ? null : a.dataset(p.datasetId());
        SignalRegionCounts c = d == null ? null : d.counts();
        return SignalRegionResult.usable(p, c) ? new SignalRegionResult(p, c, profile.predictions().signalUncertainty()) : null;
    }

    /** The combined result of an analysis (covariance or workspace), built once per score; null if it has none. */
    private ResultLikelihood combinedResult(Analysis a, List<TheoryPrediction> em, Map<String, ResultLikelihood> combined) {
        if (a == null) {
            return null;
        }
        if (combined.containsKey(a.id())) {
            return combined.get(a.id());
        }
        ResultLikelihood r = null;
        if (a.covariance() != null) {
            r = simplified(a, em);
        } else if (!a.workspaces().isEmpty()) {
            r = pyhfResult(a, em);
        }
        combined.put(a.id(), r);
        return r;
    }

    private ResultLikelihood simplified(Analysis a, List<TheoryPrediction> em) {
        CovarianceMatrix cov = a.covariance();
        int n = cov.size();
        Map<String, TheoryPrediction> byDataset = new HashMap<>();
        for (TheoryPrediction p : em) {
            byDataset.put(p.datasetId(), p);
        }
        double[] obs = new double[n];
        double[] bkg = new double[n];
        double[] sig = new double[n];
        double[] m3 = new double[n];
        boolean allMoments = true;
        boolean any = false;
        List<TheoryPrediction> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = cov.datasetOrder().get(i);
            SignalRegionCounts c = a.dataset(id).counts();
            if (c == null) {
                return null;
            }
            obs[i] = c.observedN();
            bkg[i] = c.expectedBG();
            m3[i] = c.thirdMoment() == null ? 0 : c.thirdMoment();
            allMoments &= c.thirdMoment() != null;
            TheoryPrediction p = byDataset.get(id);
            if (p != null && p.signalYield() != null && p.signalYield() > 0) {
                sig[i] = p.signalYield();
                members.add(p);
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        ModelInput in = new ModelInput(a.id(), cov.datasetOrder(), obs, bkg, cov.matrix(), allMoments ? m3 : null, sig,
                profile.predictions().signalUncertainty());
        return new SimplifiedCombinedResult(a.id(), a.sqrts(), in, members);
    }

    private ResultLikelihood pyhfResult(Analysis a, List<TheoryPrediction> em) {
        PyhfAnalysis ws = pyhf.computeIfAbsent(a.id(), id -> java.util.Optional.ofNullable(workspaces == null ? null
                : PyhfAnalysis.compile(a, workspaces, PyhfSchemaLocator.locate(null).schemas()))).orElse(null);
        if (ws == null) {
            return null; // no workspace at hand: the analysis enters signal region by signal region
        }
        Map<String, TheoryPrediction> byDataset = new HashMap<>();
        for (TheoryPrediction p : em) {
            byDataset.put(p.datasetId(), p);
        }
        List<String> bins = ws.binDatasets();
        double[] y = new double[bins.size()];
        double so = 0;
        double sb = 0;
        boolean any = false;
        List<TheoryPrediction> members = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            TheoryPrediction p = byDataset.get(bins.get(i));
            if (p != null && p.signalYield() != null && p.signalYield() > 0) {
                y[i] = p.signalYield();
                members.add(p);
                any = true;
            }
            DataSet d = a.dataset(bins.get(i));
            if (d != null && d.counts() != null) {
                so += d.counts().observedN();
                sb += d.counts().expectedBG();
            }
        }
        return any ? new PyhfCombinedResult(ws, a.sqrts(), y, members, so, sb) : null;
    }

    /**
     * Signal-region preselection (spec 5.2): {@code best-expected} keeps per analysis only the signal region with
     * the largest r_exp (v1); a fraction f keeps, per analysis and type with several results, those with
     * w / w_max >= f, at least two.
     */
    List<ResultLikelihood> preselect(List<ResultLikelihood> in) {
        Profile.Predictions pp = profile.predictions();
        Map<String, List<ResultLikelihood>> groups = new LinkedHashMap<>();
        for (ResultLikelihood r : in) {
            groups.computeIfAbsent(r.analysisId() + ":" + r.kind().label(), k -> new ArrayList<>()).add(r);
        }
        Set<ResultLikelihood> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<ResultLikelihood> g : groups.values()) {
            if (g.size() == 1) {
                keep.addAll(g);
                continue;
            }
            if (pp.bestExpected()) {
                if (g.get(0).kind() != ResultLikelihood.Kind.EFFICIENCY_MAP) {
                    keep.addAll(g);
                    continue;
                }
                ResultLikelihood b = g.get(0);
                for (ResultLikelihood r : g) {
                    if (sensitivity(r) > sensitivity(b)) {
                        b = r;
                    }
                }
                keep.add(b);
                continue;
            }
            List<ResultLikelihood> s = new ArrayList<>(g);
            s.sort(Comparator.comparingDouble((ResultLikelihood r) -> Double.isNaN(r.weight()) ? Double.NEGATIVE_INFINITY
                    : r.weight()).reversed());
            double wmax = s.get(0).weight();
            int kept = 0;
            if (wmax > 0) {
                for (ResultLikelihood r : s) {
                    if (r.weight() / wmax >= pp.preselectionFraction()) {
                        keep.add(r);
                        kept++;
                    }
                }
            }
            if (kept < 2) {
                keep.add(s.get(0));
                keep.add(s.get(1));
            }
        }
        List<ResultLikelihood> out = new ArrayList<>();
        for (ResultLikelihood r : in) {
            if (keep.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static double sensitivity(ResultLikelihood r) {
        double e = r.rExp();
        return Double.isFinite(e) ? e : Double.isFinite(r.rObs()) ? r.rObs() : 0;
    }

    /** The slow critic's results: per efficiency-map analysis the combined result when there is one, else the best region. */
    private List<ResultLikelihood> combinedOrBest(List<TheoryPrediction> predictions, Map<String, ResultLikelihood> combined) {
        Map<String, List<TheoryPrediction>> em = new LinkedHashMap<>();
        for (TheoryPrediction p : predictions) {
            if (p.dataType() == DataType.EFFICIENCY_MAP) {
                em.computeIfAbsent(p.analysisId(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, TheoryPrediction> best = Critics.bestRegions(predictions);
        List<ResultLikelihood> out = new ArrayList<>();
        for (var e : em.entrySet()) {
            Analysis a = analyses.get(e.getKey());
            ResultLikelihood c = combinedResult(a, e.getValue(), combined);
            if (c == null) {
                c = signalRegion(a, best.get(e.getKey()));
            }
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // particles and curves

    /**
     * topology -> the PDG ids of the model's unfrozen particles whose masses appear in its elements (the elements do
     * not carry ids; masses identify them, degenerate particles both counted: docs/combine.md).
     */
    private static Map<String, Set<Integer>> particlesByTopology(ProtoModel model, List<Element> elements) {
        Map<Double, List<Integer>> byMass = new HashMap<>();
        for (var e : model.masses().entrySet()) {
            byMass.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        Map<String, Set<Integer>> out = new HashMap<>();
        for (Element el : elements) {
            Set<Integer> s = out.computeIfAbsent(el.topology(), k -> new TreeSet<>());
            for (int b = 0; b < 2; b++) {
                for (double m : el.masses(b)) {
                    s.addAll(byMass.getOrDefault(m, List.of()));
                }
            }
        }
        return out;
    }

    private static Score.Curves curves(CombinedLikelihood c) {
        double hi = Math.max(3, 3 * c.muHat());
        double[] mu = new double[CURVE_POINTS];
        for (int i = 0; i < mu.length; i++) {
            mu[i] = hi * i / (mu.length - 1);
        }
        List<String> labels = new ArrayList<>();
        List<double[]> members = new ArrayList<>();
        for (ResultLikelihood r : c.members()) {
            double ref = Double.isFinite(r.nllMuHat()) ? r.nllMuHat() : r.nll0();
            double[] v = new double[mu.length];
            for (int i = 0; i < mu.length; i++) {
                v[i] = 2 * (r.nll(mu[i]) - ref);
            }
            labels.add(r.label());
            members.add(v);
        }
        double[] comb = new double[mu.length];
        for (int i = 0; i < mu.length; i++) {
            comb[i] = 2 * (c.nll(mu[i]) - c.nllMuHat());
        }
        return new Score.Curves(mu, labels, members, comb);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Scorer[%s, %d analyses]", profile.name(), db.analyses().size());
    }
}

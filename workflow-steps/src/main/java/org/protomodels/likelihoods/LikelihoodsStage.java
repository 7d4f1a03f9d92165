package org.protomodels.likelihoods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.database.SignalRegionCounts;
import org.protomodels.database.WorkspaceRef;
import org.protomodels.io.Json;
import org.protomodels.io.Sha256;
import org.protomodels.stats.infer.FitResult;
import org.protomodels.stats.infer.FitSetup;
import org.protomodels.stats.infer.Mle;
import org.protomodels.stats.model.Model;
import org.protomodels.stats.simplified.AsymptoticCls;
import org.protomodels.stats.simplified.EvaluationType;
import org.protomodels.stats.simplified.ModelInput;
import org.protomodels.stats.simplified.PoissonGaussian;
import org.protomodels.stats.simplified.SimplifiedLikelihood;
import org.protomodels.stats.spec.Workspace;
import org.protomodels.stats.spec.WorkspaceReader;
import org.protomodels.step.EventSink;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;
import org.protomodels.step.Stage;
import org.protomodels.step.StageOutput;
import org.protomodels.step.StepManifest;

/**
 * The likelihoods stage: for every analysis of a database, which statistical model its likelihood is built from
 * (truncated Gaussian for upper-limit maps; Poisson x Gauss per efficiency-map region; SLv1/SLv2 with a
 * covariance, SLv2 when third moments are given; pyhf when it has workspaces) and, as a check of the inputs, per
 * signal region the 95% CL limits on the visible cross section recomputed from the counts (profiled Poisson x
 * Gauss, asymptotic CLs with converged mu-hats, signal 1 fb x luminosity) beside the published ones; per pyhf
 * workspace the model built and a background-only fit. A fit that fails is recorded, never an exit code.
 */
public final class LikelihoodsStage implements Stage<LikelihoodsInputs, LikelihoodsStage.Result> {
    public static final String NAME = "likelihoods";
    /** The visible cross section the recomputed limits are expressed in (fb). */
    static final double UNIT_XSEC_FB = 1.0;
    /** Relative signal uncertainty of the marginalised limits (SModelS's deltas_rel default). */
    static final double MARGINALISED_SIGNAL_ERROR = 0.2;

    /** Where likelihoods.json was written, and its content. */
    public record Result(Path file, LikelihoodsReport report) {
    }

    private final EventSink events;

    public LikelihoodsStage(EventSink events) {
        this.events = events;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Result run(LikelihoodsInputs in) {
        if (!Files.isRegularFile(in.database())) {
            throw new InputMissingException("--database " + in.database() + ": no such file");
        }
        if (in.workspaces() != null && !Files.isDirectory(in.workspaces())) {
            throw new InputMissingException("--workspaces " + in.workspaces() + ": not a folder");
        }
        Database db = DatabaseIO.read(in.database());
        String sha = Sha256.of(in.database());
        PyhfSchemaLocator.Located schemas = PyhfSchemaLocator.locate(in.pyhfSchemas());
        List<LikelihoodsReport.AnalysisLikelihood> out = new ArrayList<>();
        int i = 0;
        for (Analysis a : db.analyses()) {
            out.add(analysis(a, i, in, schemas));
            events.progress(NAME, ++i, db.analyses().size(), a.id());
        }
        LikelihoodsReport report = new LikelihoodsReport(LikelihoodsReport.KIND, LikelihoodsReport.VERSION,
                in.database().getFileName().toString(), sha, schemas.describe(), out);
        try (StageOutput o = new StageOutput(NAME, in.out())) {
            o.writeJson("likelihoods.json", report);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("workspaces", in.workspaces() != null);
            params.put("pyhfSchemas", schemas.official() ? "official" : "structural");
            o.commit(params, null, List.of(new StepManifest.FileDigest("database/" + in.database().getFileName(), sha)));
        }
        long failed = out.stream().flatMap(a -> a.workspaces().stream()).filter(w -> "fit-failed".equals(w.status())).count();
        events.info("likelihoods of " + out.size() + " analyses" + (failed > 0 ? ", " + failed + " workspace fit(s) failed" : ""));
        return new Result(in.out().resolve("likelihoods.json"), report);
    }

    /** The model kind of an analysis. */
    static String modelKind(Analysis a) {
        if (!a.workspaces().isEmpty()) {
            return "pyhf";
        }
        boolean em = a.datasets().stream().anyMatch(d -> d.dataType() == DataType.EFFICIENCY_MAP);
        if (!em) {
            return "truncated-gaussian";
        }
        if (a.covariance() != null) {
            boolean m3 = a.covariance().datasetOrder().stream()
                    .map(id -> a.dataset(id).counts()).anyMatch(c -> c != null && c.thirdMoment() != null);
            return m3 ? "slv2" : "slv1";
        }
        return "poisson-gauss";
    }

    private LikelihoodsReport.AnalysisLikelihood analysis(Analysis a, int index, LikelihoodsInputs in,
            PyhfSchemaLocator.Located schemas) {
        List<LikelihoodsReport.RegionCheck> regions = new ArrayList<>();
        for (DataSet d : a.datasets()) {
            if (d.dataType() == DataType.EFFICIENCY_MAP) {
                regions.add(region(d, a.luminosity()));
            }
        }
        List<LikelihoodsReport.WorkspaceCheck> ws = new ArrayList<>();
        for (int j = 0; j < a.workspaces().size(); j++) {
            ws.add(workspace(a.workspaces().get(j), "/analyses/" + index + "/workspaces/" + j, in, schemas));
        }
        return new LikelihoodsReport.AnalysisLikelihood(a.id(), modelKind(a), a.luminosity(), regions, ws);
    }

    /** Limits on the visible cross section (fb) of one region: signal = 1 fb x luminosity events. */
    static LikelihoodsReport.RegionCheck region(DataSet d, double luminosity) {
        SignalRegionCounts c = d.counts();
        if (!(c.bgError() > 0)) {
            return new LikelihoodsReport.RegionCheck(d.id(), c.observedN(), c.expectedBG(), c.bgError(),
                    LikelihoodsReport.LimitCheck.of(Double.NaN, Double.NaN, c.upperLimit()),
                    LikelihoodsReport.LimitCheck.of(Double.NaN, Double.NaN, c.expectedUpperLimit()), "failed",
                    "bgError is 0: no Gaussian background nuisance to build the likelihood with");
        }
        try {
            double s = UNIT_XSEC_FB * luminosity;
            SimplifiedLikelihood sl = SimplifiedLikelihood.of(new ModelInput(d.id(), List.of(d.id()),
                    new double[] {c.observedN()}, new double[] {c.expectedBG()},
                    new double[][] {{c.bgError() * c.bgError()}}, null, new double[] {s}, 0.0));
            double obs = AsymptoticCls.of(sl, EvaluationType.OBSERVED).upperLimit() * UNIT_XSEC_FB;
            double exp = AsymptoticCls.of(sl, EvaluationType.APRIORI).upperLimit() * UNIT_XSEC_FB;
            PoissonGaussian pg = PoissonGaussian.of(c.observedN(), c.expectedBG(), c.bgError(), s);
            double obsM = pg.marginalisedUpperLimit(MARGINALISED_SIGNAL_ERROR, EvaluationType.OBSERVED) * UNIT_XSEC_FB;
            double expM = pg.marginalisedUpperLimit(MARGINALISED_SIGNAL_ERROR, EvaluationType.APRIORI) * UNIT_XSEC_FB;
            boolean ok = Double.isFinite(obs) && Double.isFinite(exp);
            return new LikelihoodsReport.RegionCheck(d.id(), c.observedN(), c.expectedBG(), c.bgError(),
                    LikelihoodsReport.LimitCheck.of(obs, obsM, c.upperLimit()),
                    LikelihoodsReport.LimitCheck.of(exp, expM, c.expectedUpperLimit()), ok ? "ok" : "failed",
                    ok ? null : "no CLs = 0.05 crossing found");
        } catch (RuntimeException e) {
            if (e instanceof InvalidInputException) {
                throw e;
            }
            return new LikelihoodsReport.RegionCheck(d.id(), c.observedN(), c.expectedBG(), c.bgError(),
                    LikelihoodsReport.LimitCheck.of(Double.NaN, Double.NaN, c.upperLimit()),
                    LikelihoodsReport.LimitCheck.of(Double.NaN, Double.NaN, c.expectedUpperLimit()), "failed", String.valueOf(e.getMessage()));
        }
    }

    private LikelihoodsReport.WorkspaceCheck workspace(WorkspaceRef ref, String pointer, LikelihoodsInputs in,
            PyhfSchemaLocator.Located schemas) {
        if (in.workspaces() == null) {
            return new LikelihoodsReport.WorkspaceCheck(ref.path(), "not-checked", null, null, null, null, null, null,
                    "no --workspaces folder given");
        }
        Path file = in.workspaces().resolve(ref.path()).normalize();
        if (!Files.isRegularFile(file)) {
            events.warn("workspace " + ref.path() + " not found under " + in.workspaces() + ": skipped");
            return new LikelihoodsReport.WorkspaceCheck(ref.path(), "missing", null, null, null, null, null, null,
                    "not found under the --workspaces folder");
        }
        String actual = Sha256.of(file);
        if (!actual.equals(ref.sha256())) {
            throw new InvalidInputException(file.toString(), "", "sha256 " + actual + " does not match "
                    + in.database() + "#" + pointer + "/sha256 (" + ref.sha256() + "): not the workspace the database was built from");
        }
        Workspace w = WorkspaceReader.of(schemas.schemas()).fromTree(withSignalPlaceholder(Json.readTree(file), ref),
                file.toString());
        Model model = Model.of(w, file.toString());
        int bins = model.config().channelNbins().values().stream().mapToInt(Integer::intValue).sum();
        try {
            double[] data = model.observedData(w);
            FitResult fit = Mle.withDefaults().fixedPoiFit(0.0, model.likelihood(data), FitSetup.suggested(model.config()));
            boolean ok = fit.converged() && Double.isFinite(fit.twiceNll());
            return new LikelihoodsReport.WorkspaceCheck(ref.path(), ok ? "ok" : "fit-failed", model.config().channels().size(),
                    bins, model.config().npars(), model.config().poiName(), StatsResult.finite(fit.twiceNll()),
                    fit.status().name().toLowerCase(java.util.Locale.ROOT), ok ? null : "background-only fit did not converge");
        } catch (RuntimeException e) {
            return new LikelihoodsReport.WorkspaceCheck(ref.path(), "fit-failed", model.config().channels().size(), bins,
                    model.config().npars(), model.config().poiName(), null, null, "background-only fit failed: " + e);
        }
    }

    /**
     * A background-only workspace declares a POI no sample carries (pyhf refuses to build it): add a placeholder
     * signal sample (one event per bin, normfactor POI) to the signal-region channels (to every channel when none
     * is named as a channel). With the POI fixed at 0 it does not change the background-only likelihood.
     */
    static JsonNode withSignalPlaceholder(JsonNode tree, WorkspaceRef ref) {
        JsonNode meas = tree.path("measurements").path(0).path("config").path("poi");
        JsonNode channels = tree.path("channels");
        if (!meas.isTextual() || !channels.isArray()) {
            return tree; // the reader reports what is malformed
        }
        String poi = meas.asText();
        for (JsonNode ch : channels) {
            for (JsonNode s : ch.path("samples")) {
                for (JsonNode m : s.path("modifiers")) {
                    if (poi.equals(m.path("name").asText()) && "normfactor".equals(m.path("type").asText())) {
                        return tree;
                    }
                }
            }
        }
        Set<String> srs = new HashSet<>();
        ref.regions().stream().filter(r -> "SR".equals(r.type())).forEach(r -> srs.add(r.pyhf()));
        boolean anyNamed = false;
        for (JsonNode ch : channels) {
            anyNamed |= srs.contains(ch.path("name").asText());
        }
        if (!anyNamed) {
            srs.clear(); // SModelS lists region names, not channel names, for simplified workspaces: use every channel
        }
        ObjectNode copy = (ObjectNode) tree.deepCopy();
        for (JsonNode ch : copy.get("channels")) {
            if (!srs.isEmpty() && !srs.contains(ch.path("name").asText())) {
                continue;
            }
            PlaceholderSample.append(ch.path("samples"), poi, 1.0);
        }
        return copy;
    }
}

package org.protomodels.likelihoods;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * likelihoods.json (docs/schemas/1.0.0/likelihoods.json): per analysis the statistical model the likelihood is
 * built from and, for checking, the limits recomputed per signal region beside the published ones, and the
 * background-only fit of each pyhf workspace.
 */
public record LikelihoodsReport(String kind, String version, String database, String databaseSha256,
        String pyhfSchemas, List<AnalysisLikelihood> analyses) {
    public static final String KIND = "likelihoods";
    public static final String VERSION = "1.0.0";

    public LikelihoodsReport {
        if (!KIND.equals(kind)) {
            throw new IllegalArgumentException("kind: must be '" + KIND + "', got '" + kind + "'");
        }
        analyses = List.copyOf(analyses);
    }

    /** Model kinds: truncated-gaussian, poisson-gauss, slv1, slv2, pyhf. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnalysisLikelihood(String id, String model, double luminosity, List<RegionCheck> signalRegions,
            List<WorkspaceCheck> workspaces) {
        public AnalysisLikelihood {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(model, "model");
            signalRegions = List.copyOf(signalRegions);
            workspaces = List.copyOf(workspaces);
        }
    }

    /**
     * One efficiency-map signal region: its counts and the 95% CL limits on the visible cross section (fb)
     * recomputed from them (signal 1 fb x luminosity) beside the published ones. Status ok or failed (message).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegionCheck(String dataset, double observedN, double expectedBG, double bgError,
            LimitCheck upperLimit, LimitCheck expectedUpperLimit, String status, String message) {
    }

    /**
     * A recomputed limit (fb): profiled (SModelS 3) and marginalised with a 20% signal uncertainty (SModelS 2.2.1
     * and earlier, the construction behind the "calculated value" notes of SModelS dataInfo files); the published
     * one and profiled / published.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LimitCheck(Double recomputed, Double recomputedMarginalised, Double published, Double ratio) {
        static LimitCheck of(double recomputed, double marginalised, Double published) {
            Double r = StatsResult.finite(recomputed);
            Double ratio = r != null && published != null && published > 0 ? r / published : null;
            return new LimitCheck(r, StatsResult.finite(marginalised), published, ratio);
        }
    }

    /**
     * One pyhf workspace: status ok, fit-failed, missing (file not under --workspaces) or not-checked (no
     * --workspaces); the model's size and the background-only fit (POI fixed at 0), -2 ln L there.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WorkspaceCheck(String path, String status, Integer channels, Integer bins, Integer parameters,
            String poi, Double twiceNllBackgroundOnly, String fitStatus, String message) {
    }
}

package org.protomodels.likelihoods;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code protomodel stats} prints: profiled nll per mu (keys are mu as text), mu-hat, sigma_mu, the minimum
 * nll, CLs per mu and the 95% CL upper limits on mu. Numbers that cannot be computed are null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatsResult(String kind, String version, String modelType, String likelihood,
        Map<String, Double> nll, Double muhat, Double sigmaMu, Double nllMin, Map<String, Double> cls,
        UpperLimits upperLimit, String fitStatus, String notes) {
    public static final String KIND = "stats-result";
    public static final String VERSION = "1.0.0";

    public StatsResult {
        Objects.requireNonNull(modelType, "modelType");
        nll = new java.util.TreeMap<>(nll);
        cls = new java.util.TreeMap<>(cls);
    }

    /**
     * Observed and expected (a priori, median) 95% CL limits on mu; for pyhf models the expected band
     * (-2, -1, 0, +1, +2 sigma) and the POI range the limits were found in.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpperLimits(Double observed, Double expected, List<Double> expectedBand, List<Double> poiBounds,
            String method) {
    }

    /** NaN and infinities become null (JSON has no NaN). */
    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}

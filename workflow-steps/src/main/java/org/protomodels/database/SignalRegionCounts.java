package org.protomodels.database;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an efficiency-map signal region publishes: observed events, expected background with its error, and the
 * official 95% CL upper limits on the visible cross section (fb), observed and expected, where given.
 * {@code observedN} may be non-integer for aggregated regions. {@code thirdMoment} feeds SLv2.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignalRegionCounts(double observedN, double expectedBG, double bgError, Double upperLimit,
                                 Double expectedUpperLimit, Double thirdMoment) {
    public SignalRegionCounts {
        Checks.requireNonNegative(observedN, "observedN");
        Checks.requireNonNegative(expectedBG, "expectedBG");
        Checks.requireNonNegative(bgError, "bgError");
        Checks.requireNonNegativeOrNull(upperLimit, "upperLimit");
        Checks.requireNonNegativeOrNull(expectedUpperLimit, "expectedUpperLimit");
        if (thirdMoment != null) {
            Checks.requireFinite(thirdMoment, "thirdMoment");
        }
    }
}

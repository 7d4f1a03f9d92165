package org.protomodels.stats.infer;

import java.util.Objects;

/**
 * 95% CL (or other level) upper limits on the POI: observed and the expected band (-2..+2 sigma). When a limit
 * lies above the POI's upper bound the status says so and the limits are NaN (pyhf then fails: its scan would
 * start a fit outside the bounds); retry with a wider POI range.
 */
public record UpperLimitResult(Status status, double observed, double[] expected, double poiUpperBound, String message) {
    public enum Status {
        OK,
        /** The observed limit or a band edge is above the POI upper bound. */
        ABOVE_POI_UPPER_BOUND
    }

    public UpperLimitResult {
        Objects.requireNonNull(status, "status");
        expected = expected.clone();
        Objects.requireNonNull(message, "message");
    }

    @Override
    public double[] expected() {
        return expected.clone();
    }

    public boolean ok() {
        return status == Status.OK;
    }
}

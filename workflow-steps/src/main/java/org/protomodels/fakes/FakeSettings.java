package org.protomodels.fakes;

/**
 * How fakes are drawn (spec 8): {@code fudge} multiplies every background uncertainty; {@code fixedBackgrounds}
 * sets every count to its expected background (no fluctuation, x = 0 for maps, pyhf data at the nominal
 * expectation); {@code fixedSignals} adds the injected signal yield itself instead of a Poisson draw;
 * {@code maxMassDistance} (GeV) is how far from the injected signal's masses an upper-limit map point is raised.
 * Both "fixed" options together give the reference's "technical" closure test (spec 10).
 */
public record FakeSettings(double fudge, boolean fixedBackgrounds, boolean fixedSignals, double maxMassDistance) {
    /** The reference's defaults: f = 1, sampling on, 400 GeV. */
    public static final double DEFAULT_MAX_MASS_DISTANCE = 400;

    public FakeSettings {
        if (!(fudge > 0) || !Double.isFinite(fudge)) {
            throw new IllegalArgumentException("fudge: must be > 0, got " + fudge);
        }
        if (!(maxMassDistance >= 0) || !Double.isFinite(maxMassDistance)) {
            throw new IllegalArgumentException("maxMassDistance: must be >= 0 GeV, got " + maxMassDistance);
        }
    }

    public static FakeSettings of(double fudge) {
        return new FakeSettings(fudge, false, false, DEFAULT_MAX_MASS_DISTANCE);
    }
}

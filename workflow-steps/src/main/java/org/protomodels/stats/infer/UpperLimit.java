package org.protomodels.stats.infer;

import java.util.HashMap;
import java.util.Map;
import org.protomodels.stats.optim.Roots;

/**
 * Upper limit on the POI where CLs = level (pyhf {@code upper_limit} without a scan, i.e. its toms748 scan):
 * the bracket is the POI bounds; the lower end is halved while any CLs there is below the level; if any CLs at
 * the upper bound is still above the level, pyhf fails (its next step lies outside the POI bounds) and so does
 * this, with status {@link UpperLimitResult.Status#ABOVE_POI_UPPER_BOUND}. Roots by Brent to rel 1e-7; fixed-POI fits warm-started along the scan.
 */
public final class UpperLimit {
    private final AsymptoticCalculator calc;
    private final double level;
    private final Map<Double, HypotestResult> full = new HashMap<>();
    private final Map<Double, double[]> expectedOnly = new HashMap<>();

    private UpperLimit(AsymptoticCalculator calc, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level: must be in (0, 1), got " + level);
        }
        this.calc = calc.withWarmStarts();
        this.level = level;
    }

    public static UpperLimitResult compute(AsymptoticCalculator calc) {
        return new UpperLimit(calc, 0.05).run();
    }

    public static UpperLimitResult compute(AsymptoticCalculator calc, double level) {
        return new UpperLimit(calc, level).run();
    }

    /**
     * The limit with the model's POI bounds, and if a limit lies above them, again with only the POI upper bound
     * widened to each of {@code widerUpperBounds} in turn (as the golden pyhf values were recomputed: [0, 100],
     * then [0, 1000]). The result names the upper bound that was used; its status is the last attempt's.
     */
    public static UpperLimitResult computeWidening(AsymptoticCalculator calc, double... widerUpperBounds) {
        UpperLimitResult r = compute(calc);
        FitSetup base = calc.setup();
        for (int i = 0; i < widerUpperBounds.length && !r.ok(); i++) {
            FitSetup wide = base.withPoiBounds(base.poiLower(), widerUpperBounds[i]);
            r = compute(calc.withSetup(wide));
        }
        return r;
    }

    private HypotestResult hypotest(double mu) {
        return full.computeIfAbsent(mu, calc::hypotest);
    }

    /** CLs - level for series k (0 observed, 1..5 the band); CLs -> 1 as mu -> 0. */
    private double f(double mu, int k) {
        if (mu == 0) {
            return 1 - level;
        }
        if (k == 0) {
            return hypotest(mu).cls() - level;
        }
        HypotestResult h = full.get(mu);
        double[] e = h != null ? h.clsExpected() : expectedOnly.computeIfAbsent(mu, calc::expectedCls);
        return e[k - 1] - level;
    }

    private UpperLimitResult run() {
        double lo = calc.setup().poiLower();
        double hi = calc.setup().poiUpper();
        while (lo > 0 && anyBelow(lo)) {
            lo /= 2;
        }
        HypotestResult top = hypotest(hi);
        for (int k = 0; k <= 5; k++) {
            if (f(hi, k) > 0) {
                return new UpperLimitResult(UpperLimitResult.Status.ABOVE_POI_UPPER_BOUND, Double.NaN,
                        new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN}, hi,
                        (k == 0 ? "observed" : "expected band " + (k - 3) + " sigma") + " CLs at the POI upper bound "
                                + hi + " is " + (k == 0 ? top.cls() : top.clsExpected()[k - 1]) + " > " + level
                                + ": the limit lies above the POI bounds; widen them");
            }
        }
        double[] limits = new double[6];
        for (int k = 0; k <= 5; k++) {
            final int series = k;
            double a = lo;
            double b = hi;
            limits[k] = Roots.brent(mu -> f(mu, series), a, b, f(a, k), f(b, k), 1e-12, 1e-7, 200);
        }
        return new UpperLimitResult(UpperLimitResult.Status.OK, limits[0],
                new double[] {limits[1], limits[2], limits[3], limits[4], limits[5]}, hi, "");
    }

    private boolean anyBelow(double mu) {
        for (int k = 0; k <= 5; k++) {
            if (f(mu, k) < 0) {
                return true;
            }
        }
        return false;
    }
}

package org.protomodels.stats.infer;

import java.util.Objects;

/**
 * Result of an asymptotic hypothesis test at {@code mu}: the observed statistic and its Asimov counterpart,
 * observed CLs+b, CLb, CLs, and the expected CLs+b / CLs band ordered -2, -1, 0, +1, +2 sigma.
 */
public record HypotestResult(TestStatistic testStatistic, double mu, double q, double qAsimov, double clsb,
        double clb, double cls, double[] clsbExpected, double[] clsExpected) {
    public HypotestResult {
        Objects.requireNonNull(testStatistic, "testStatistic");
        clsbExpected = clsbExpected.clone();
        clsExpected = clsExpected.clone();
        if (clsExpected.length != 5 || clsbExpected.length != 5) {
            throw new IllegalArgumentException("clsExpected: five band values expected");
        }
    }

    /** What pyhf's hypotest returns first: CLs, or CLs+b (= p0) for the q0 statistic. */
    public double observed() {
        return testStatistic == TestStatistic.Q0 ? clsb : cls;
    }

    /** pyhf's expected set: the CLs band, or the CLs+b band for q0. */
    public double[] expectedSet() {
        return testStatistic == TestStatistic.Q0 ? clsbExpected.clone() : clsExpected.clone();
    }

    @Override
    public double[] clsExpected() {
        return clsExpected.clone();
    }

    @Override
    public double[] clsbExpected() {
        return clsbExpected.clone();
    }
}

package org.protomodels.stats.simplified;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.protomodels.step.InvalidInputException;

/** Bad inputs are refused with the file and the field named. */
class ModelInputTest {
    static final double[][] COV = {{1.0, 0.2}, {0.2, 2.0}};

    static ModelInput model(double[] n, double[] b, double[][] cov, double[] m3, double[] s) {
        return new ModelInput("analysis.json", List.of("SRa", "SRb"), n, b, cov, m3, s, 0.2);
    }

    @Test
    void constructor_nanObserved_namesField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> model(new double[] {1, Double.NaN}, new double[] {1, 1}, COV, null, new double[] {1, 1}));
        assertEquals("/observed/1", e.location());
        assertEquals("analysis.json", e.file());
        assertTrue(e.getMessage().contains("not a finite number"), e.getMessage());
    }

    @Test
    void constructor_negativeBackground_namesField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> model(new double[] {1, 2}, new double[] {-1, 1}, COV, null, new double[] {1, 1}));
        assertEquals("/background/0", e.location());
        assertTrue(e.getMessage().contains("negative"), e.getMessage());
    }

    @Test
    void constructor_negativeSignal_namesField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> model(new double[] {1, 2}, new double[] {1, 1}, COV, null, new double[] {1, -0.5}));
        assertEquals("/signal/1", e.location());
    }

    @Test
    void constructor_lengthMismatch_namesField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> model(new double[] {1, 2}, new double[] {1}, COV, null, new double[] {1, 1}));
        assertEquals("/background", e.location());
    }

    @Test
    void constructor_nonSquareCovariance_refused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> model(new double[] {1, 2},
                new double[] {1, 1}, new double[][] {{1, 0}, {0}}, null, new double[] {1, 1}));
        assertEquals("/covariance/1", e.location());
        assertTrue(e.getMessage().contains("not square"), e.getMessage());
    }

    @Test
    void constructor_asymmetricCovariance_refused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> model(new double[] {1, 2},
                new double[] {1, 1}, new double[][] {{1, 0.3}, {0.2, 2}}, null, new double[] {1, 1}));
        assertEquals("/covariance/1/0", e.location());
        assertTrue(e.getMessage().contains("not symmetric"), e.getMessage());
    }

    @Test
    void constructor_notPositiveDefinite_refused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> model(new double[] {1, 2},
                new double[] {1, 1}, new double[][] {{1, 2}, {2, 1}}, null, new double[] {1, 1}));
        assertEquals("/covariance", e.location());
        assertTrue(e.getMessage().contains("not positive definite"), e.getMessage());
    }

    @Test
    void constructor_infiniteThirdMoment_refused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> model(new double[] {1, 2},
                new double[] {1, 1}, COV, new double[] {0.1, Double.POSITIVE_INFINITY}, new double[] {1, 1}));
        assertEquals("/thirdMoments/1", e.location());
    }

    @Test
    void of_thirdMomentTooLarge_namesSignalRegion() {
        // 8 m2^3 = 8 < m3^2 = 9
        ModelInput in = model(new double[] {1, 2}, new double[] {1, 1}, COV, new double[] {0.1, 0.1},
                new double[] {1, 1}).withThirdMoments(new double[] {3.0, 0.1});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SimplifiedLikelihood.of(in));
        assertEquals("/thirdMoments/0", e.location());
        assertTrue(e.getMessage().contains("SRa") && e.getMessage().contains("8 m2^3 >= m3^2"), e.getMessage());
    }

    @Test
    void constructor_negativeSignalError_refused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ModelInput("x.json", List.of(), new double[] {1}, new double[] {1}, new double[][] {{1}},
                        null, new double[] {1}, -0.1));
        assertEquals("/signalRelativeError", e.location());
    }

    @Test
    void singleRegion_zeroError_refused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelInput.singleRegion(1, 1, 0, 1));
        assertEquals("/bgError/0", e.location());
    }

    @Test
    void accessors_returnCopies_recordStaysImmutable() {
        ModelInput in = model(new double[] {1, 2}, new double[] {1, 1}, COV, null, new double[] {1, 1});
        in.observed()[0] = 99;
        in.covariance()[0][0] = 99;
        assertEquals(1.0, in.observed()[0]);
        assertEquals(1.0, in.covariance()[0][0]);
    }

    @Test
    void truncatedGaussian_nonPositiveLimit_refused() {
        assertThrows(IllegalArgumentException.class, () -> TruncatedGaussian.of(0, 1));
        assertThrows(IllegalArgumentException.class, () -> TruncatedGaussian.of(1, Double.NaN));
    }

    @Test
    void poissonGaussian_negativeCount_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PoissonGaussian.of(-1, 1, 1, 1));
        assertTrue(e.getMessage().startsWith("observed"), e.getMessage());
    }
}

package org.protomodels.likelihoods;

import java.util.Objects;
import org.protomodels.stats.simplified.ModelInput;
import org.protomodels.stats.simplified.TruncatedGaussian;
import org.protomodels.stats.spec.Workspace;

/** A statistical model read from a stats-model document (docs/schemas/1.0.0/stats-model.json), checked. */
public sealed interface StatsModel {

    /** The {@code model.type} of the document. */
    String type();

    /** Counting likelihood: one region, or several with a covariance (SLv1) and third moments (SLv2). */
    record PoissonGauss(ModelInput input) implements StatsModel {
        public PoissonGauss {
            Objects.requireNonNull(input, "input");
        }

        @Override
        public String type() {
            return "poisson-gauss";
        }
    }

    /** Observed and expected 95% CL limits and the predicted signal, all in one cross-section unit. */
    record TruncatedGauss(double ulObserved, double ulExpected, double signal, TruncatedGaussian.Variant variant)
            implements StatsModel {
        public TruncatedGauss {
            Objects.requireNonNull(variant, "variant");
        }

        @Override
        public String type() {
            return "truncated-gaussian";
        }

        public TruncatedGaussian likelihood() {
            return TruncatedGaussian.fromCrossSections(ulObserved, ulExpected, signal, variant);
        }
    }

    /** A (patched) pyhf workspace and the measurement to use (null: the first). */
    record Pyhf(Workspace workspace, String measurement, String source) implements StatsModel {
        public Pyhf {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String type() {
            return "pyhf";
        }
    }
}

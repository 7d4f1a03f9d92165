package org.protomodels.stats.infer;

import java.util.Objects;
import org.protomodels.stats.optim.MinimizationResult;

/** Best-fit parameters and -2 ln L there (pyhf's {@code twice_nll}), with the minimiser's status. */
public record FitResult(double[] pars, double twiceNll, MinimizationResult.Status status, int evaluations) {
    public FitResult {
        Objects.requireNonNull(pars, "pars");
        Objects.requireNonNull(status, "status");
        pars = pars.clone();
    }

    @Override
    public double[] pars() {
        return pars.clone();
    }

    public double par(int i) {
        return pars[i];
    }

    public boolean converged() {
        return status == MinimizationResult.Status.CONVERGED;
    }
}

package org.protomodels.walk;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Standard normal draws from a walker's own stream (the sampler keeps no state besides the stream). */
final class Gaussian {
    private final ZigguratSampler.NormalizedGaussian sampler;

    Gaussian(UniformRandomProvider rng) {
        this.sampler = ZigguratSampler.NormalizedGaussian.of(rng);
    }

    double next() {
        return sampler.sample();
    }
}

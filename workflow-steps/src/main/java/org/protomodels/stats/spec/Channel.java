package org.protomodels.stats.spec;

import java.util.List;
import java.util.Objects;

/** A channel (region): samples sharing the same binning. */
public record Channel(String name, List<Sample> samples) {
    public Channel {
        Objects.requireNonNull(name, "name");
        samples = List.copyOf(samples);
    }

    /** Number of bins, taken from the first sample (the reader checks that all agree). */
    public int nbins() {
        return samples.get(0).data().size();
    }
}

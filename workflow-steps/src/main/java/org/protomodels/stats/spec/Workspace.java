package org.protomodels.stats.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A pyhf workspace (JSON 1.0.0): channels, observations, measurements. Read it with {@link WorkspaceReader}. */
public record Workspace(List<Channel> channels, List<Observation> observations, List<Measurement> measurements,
        String version) {
    public Workspace {
        channels = List.copyOf(channels);
        observations = List.copyOf(observations);
        measurements = List.copyOf(measurements);
        Objects.requireNonNull(version, "version");
    }

    /** The named measurement, or the first one when {@code name} is null (as pyhf's {@code Workspace.model()}). */
    public Measurement measurement(String name) {
        if (name == null) {
            return measurements.get(0);
        }
        return measurements.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("measurement: no measurement named '" + name + "'"));
    }

    /** Channels in pyhf's model order (sorted by name). */
    public List<Channel> sortedChannels() {
        List<Channel> out = new ArrayList<>(channels);
        out.sort(Comparator.comparing(Channel::name));
        return out;
    }

    public Observation observation(String channel) {
        return observations.stream().filter(o -> o.name().equals(channel)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("observations: none for channel '" + channel + "'"));
    }

    /** A copy with the channels replaced (used to add signal samples programmatically). */
    public Workspace withChannels(List<Channel> newChannels) {
        return new Workspace(newChannels, observations, measurements, version);
    }
}

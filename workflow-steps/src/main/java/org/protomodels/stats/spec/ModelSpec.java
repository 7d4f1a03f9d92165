package org.protomodels.stats.spec;

import java.util.List;

/** A pyhf model specification ({@code model.json}): channels and optional parameter configurations. */
public record ModelSpec(List<Channel> channels, List<ParameterConfig> parameters) {
    public ModelSpec {
        channels = List.copyOf(channels);
        parameters = List.copyOf(parameters);
    }

    /** As a workspace with one measurement for {@code poi} and the given observations (pyhf {@code Model(spec)}). */
    public Workspace toWorkspace(String poi, List<Observation> observations) {
        return new Workspace(channels, observations, List.of(new Measurement("model", poi, parameters)), "1.0.0");
    }
}

package org.protomodels.stats.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Layout of a compiled model, in pyhf's order: channels and samples sorted by name, parameter sets in
 * registration order (modifier type, then channel, sample, modifier name), aux data in parameter order.
 */
public final class ModelConfig {
    private final List<String> channels;
    private final Map<String, Integer> channelNbins;
    private final List<String> samples;
    private final List<ParameterSet> parameterSets;
    private final Map<String, ParameterSet> byName = new LinkedHashMap<>();
    private final String poiName;
    private final int poiIndex;
    private final int npars;
    private final int nmain;
    private final int naux;

    ModelConfig(List<String> channels, Map<String, Integer> channelNbins, List<String> samples,
            List<ParameterSet> parameterSets, String poiName) {
        this.channels = List.copyOf(channels);
        this.channelNbins = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(channelNbins));
        this.samples = List.copyOf(samples);
        this.parameterSets = List.copyOf(parameterSets);
        int np = 0;
        int na = 0;
        for (ParameterSet p : parameterSets) {
            byName.put(p.name(), p);
            np += p.n();
            na += p.constrained() ? p.n() : 0;
        }
        this.npars = np;
        this.naux = na;
        this.nmain = channelNbins.values().stream().mapToInt(Integer::intValue).sum();
        this.poiName = poiName;
        this.poiIndex = poiName == null ? -1 : Objects.requireNonNull(byName.get(poiName), "poi").offset();
    }

    public List<String> channels() {
        return channels;
    }

    public Map<String, Integer> channelNbins() {
        return channelNbins;
    }

    public List<String> samples() {
        return samples;
    }

    public List<ParameterSet> parameterSets() {
        return parameterSets;
    }

    /** Parameter set names in vector order (pyhf's {@code par_order}). */
    public List<String> parameterOrder() {
        return parameterSets.stream().map(ParameterSet::name).toList();
    }

    public ParameterSet parameterSet(String name) {
        ParameterSet p = byName.get(name);
        if (p == null) {
            throw new IllegalArgumentException("name: no parameter set '" + name + "'");
        }
        return p;
    }

    public String poiName() {
        return poiName;
    }

    /** Index of the parameter of interest, or -1 if the model has none. */
    public int poiIndex() {
        return poiIndex;
    }

    public int npars() {
        return npars;
    }

    /** Number of main-measurement bins. */
    public int nmain() {
        return nmain;
    }

    public int naux() {
        return naux;
    }

    public double[] suggestedInit() {
        double[] x = new double[npars];
        for (ParameterSet p : parameterSets) {
            for (int i = 0; i < p.n(); i++) {
                x[p.offset() + i] = p.inits().get(i);
            }
        }
        return x;
    }

    /** Bounds as [npars][2]. */
    public double[][] suggestedBounds() {
        double[][] b = new double[npars][];
        for (ParameterSet p : parameterSets) {
            for (int i = 0; i < p.n(); i++) {
                b[p.offset() + i] = new double[] {p.lower().get(i), p.upper().get(i)};
            }
        }
        return b;
    }

    public boolean[] suggestedFixed() {
        boolean[] f = new boolean[npars];
        for (ParameterSet p : parameterSets) {
            for (int i = 0; i < p.n(); i++) {
                f[p.offset() + i] = p.fixed().get(i);
            }
        }
        return f;
    }

    /** The model's auxiliary data (constrained parameter sets in parameter order). */
    public double[] auxdata() {
        double[] a = new double[naux];
        int k = 0;
        for (ParameterSet p : parameterSets) {
            if (p.constrained()) {
                for (int i = 0; i < p.n(); i++) {
                    a[k++] = p.auxdata().get(i);
                }
            }
        }
        return a;
    }
}

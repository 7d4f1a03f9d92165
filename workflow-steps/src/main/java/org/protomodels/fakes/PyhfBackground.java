package org.protomodels.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.WorkspaceRef;
import org.protomodels.io.Json;
import org.protomodels.stats.model.Model;
import org.protomodels.stats.model.ModelConfig;
import org.protomodels.stats.model.ParameterSet;
import org.protomodels.stats.modifier.Constraint;
import org.protomodels.stats.spec.PyhfSchemas;
import org.protomodels.stats.spec.Workspace;
import org.protomodels.stats.spec.WorkspaceReader;

/**
 * The background-only model of one pyhf workspace, ready to sample (spec 8.1, extended as issue 7 asks): the
 * POI at 0 and every nuisance at its suggested (nominal) value; a fake's main data are one Poisson draw per
 * bin of that expectation, its auxiliary data one draw from each constraint term at the nominal value
 * (Gaussian: N(nominal, f sigma), Poisson: Poisson(nominal tau)) — pyhf's {@code model.make_pdf(pars).sample()}.
 * With fixed backgrounds both are their expectations. Signal-region bins are mapped to the analysis' SModelS
 * dataset ids, so the sampled counts become those datasets' observed counts.
 */
public final class PyhfBackground {
    private final String path;
    private final ModelConfig config;
    private final double[] expected;
    private final String[] binChannel;
    private final int[] binInChannel;
    /** dataset id -> main-data bin. */
    private final Map<String, Integer> regionBins;

    private PyhfBackground(String path, ModelConfig config, double[] expected, String[] binChannel, int[] binInChannel,
                           Map<String, Integer> regionBins) {
        this.path = path;
        this.config = config;
        this.expected = expected;
        this.binChannel = binChannel;
        this.binInChannel = binInChannel;
        this.regionBins = regionBins;
    }

    /**
     * Builds the model of {@code ref} (read from {@code file}) for analysis {@code a}; null when no signal-region
     * bin can be mapped to a dataset of the analysis (then its regions are sampled as single regions).
     */
    public static PyhfBackground of(Analysis a, WorkspaceRef ref, Path file, PyhfSchemas schemas) {
        JsonNode tree = withPoi(Json.readTree(file));
        Workspace ws = WorkspaceReader.of(schemas).fromTree(tree, file.toString());
        Model model = Model.of(ws, file.toString());
        ModelConfig c = model.config();
        double[] pars = c.suggestedInit();
        pars[c.poiIndex()] = 0;
        double[] nu = model.expectedActualData(pars);
        int nbins = c.nmain();
        String[] binChannel = new String[nbins];
        int[] binInChannel = new int[nbins];
        Map<String, Integer> channelStart = new LinkedHashMap<>();
        int k = 0;
        for (String ch : c.channels()) {
            channelStart.put(ch, k);
            for (int i = 0; i < c.channelNbins().get(ch); i++) {
                binChannel[k] = ch;
                binInChannel[k++] = i;
            }
        }
        Map<String, Integer> bins = new TreeMap<>();
        boolean named = false;
        for (WorkspaceRef.Region r : ref.regions()) {
            if (!"SR".equals(r.type()) || r.smodels() == null || !channelStart.containsKey(r.pyhf())) {
                continue;
            }
            named = true;
            String[] names = r.smodels().split(";");
            int n = c.channelNbins().get(r.pyhf());
            if (names.length == n) {
                for (int i = 0; i < n; i++) {
                    bins.put(names[i].trim(), channelStart.get(r.pyhf()) + i);
                }
            }
        }
        if (!named) {
            // SModelS' older form lists the region names only: the bins of the signal-region channels (every
            // channel not named CR.../VR...), in the workspace's channel order, one region per bin
            List<Integer> srBins = new ArrayList<>();
            for (var ch : ws.channels()) {
                String up = ch.name().toUpperCase(Locale.ROOT);
                if (!up.startsWith("CR") && !up.startsWith("VR")) {
                    for (int i = 0; i < ch.nbins(); i++) {
                        srBins.add(channelStart.get(ch.name()) + i);
                    }
                }
            }
            List<String> names = ref.regions().stream().filter(r -> "SR".equals(r.type()) && r.smodels() != null)
                    .map(WorkspaceRef.Region::smodels).toList();
            if (names.size() == srBins.size()) {
                for (int i = 0; i < names.size(); i++) {
                    bins.put(names.get(i), srBins.get(i));
                }
            }
        }
        bins.keySet().removeIf(id -> a.dataset(id) == null || a.dataset(id).dataType() != DataType.EFFICIENCY_MAP);
        if (bins.isEmpty()) {
            return null;
        }
        return new PyhfBackground(ref.path(), c, nu, binChannel, binInChannel, bins);
    }

    /** The workspace path as the database names it. */
    public String path() {
        return path;
    }

    /** Dataset ids this workspace gives counts for. */
    public java.util.Set<String> regions() {
        return regionBins.keySet();
    }

    /** The background-only expectation of a region's bin. */
    public double expected(String datasetId) {
        return expected[regionBins.get(datasetId)];
    }

    /** Where the first aux datum of the named constrained parameter set is (-1: none). */
    public int auxIndex(String parameterSet) {
        int k = 0;
        for (ParameterSet p : config.parameterSets()) {
            if (p.name().equals(parameterSet)) {
                return p.constrained() ? k : -1;
            }
            k += p.constrained() ? p.n() : 0;
        }
        return -1;
    }

    /** One fake: main data then aux data, in the model's order. */
    public Sample sample(UniformRandomProvider rng, NormalizedGaussianSampler gauss, double fudge, boolean fixed) {
        double[] main = new double[expected.length];
        for (int b = 0; b < main.length; b++) {
            main[b] = fixed ? expected[b] : poisson(rng, expected[b]);
        }
        double[] aux = new double[config.naux()];
        int k = 0;
        for (ParameterSet p : config.parameterSets()) {
            if (!p.constrained()) {
                continue;
            }
            for (int i = 0; i < p.n(); i++) {
                double nominal = p.inits().get(i);
                if (p.constraint() == Constraint.NORMAL) {
                    aux[k++] = fixed ? nominal : nominal + fudge * p.sigmas().get(i) * gauss.sample();
                } else {
                    double rate = nominal * p.factors().get(i);
                    aux[k++] = fixed ? rate : poisson(rng, rate);
                }
            }
        }
        return new Sample(main, aux);
    }

    /** A sampled data set; {@link #add} puts signal into a region's bin. */
    public final class Sample {
        private final double[] main;
        private final double[] aux;

        private Sample(double[] main, double[] aux) {
            this.main = main;
            this.aux = aux;
        }

        public double count(String datasetId) {
            return main[regionBins.get(datasetId)];
        }

        public void add(String datasetId, double s) {
            main[regionBins.get(datasetId)] += s;
        }

        /** channel -> bins, and "_aux" -> the auxiliary data. */
        public Map<String, double[]> asMap() {
            Map<String, double[]> m = new TreeMap<>();
            for (int b = 0; b < main.length; b++) {
                m.computeIfAbsent(binChannel[b], ch -> new double[config.channelNbins().get(ch)])[binInChannel[b]] = main[b];
            }
            m.put("_aux", aux.clone());
            return m;
        }
    }

    private static double poisson(UniformRandomProvider rng, double mean) {
        return mean <= 0 ? 0 : PoissonSampler.of(rng, mean).sample();
    }

    /**
     * A background-only workspace declares a POI no sample carries (the model cannot be built): a placeholder
     * sample (zero events, normfactor POI) in the first channel; the POI is fixed at 0 anyway.
     */
    static JsonNode withPoi(JsonNode tree) {
        String poi = tree.path("measurements").path(0).path("config").path("poi").asText("");
        JsonNode channels = tree.path("channels");
        if (poi.isEmpty() || !channels.isArray() || channels.isEmpty()) {
            return tree;
        }
        for (JsonNode ch : channels) {
            for (JsonNode s : ch.path("samples")) {
                for (JsonNode m : s.path("modifiers")) {
                    if (poi.equals(m.path("name").asText()) && "normfactor".equals(m.path("type").asText())) {
                        return tree;
                    }
                }
            }
        }
        ObjectNode copy = tree.deepCopy();
        JsonNode first = copy.get("channels").get(0);
        if (!org.protomodels.likelihoods.PlaceholderSample.append(first.path("samples"), poi, 0.0)) {
            return tree;
        }
        return copy;
    }
}

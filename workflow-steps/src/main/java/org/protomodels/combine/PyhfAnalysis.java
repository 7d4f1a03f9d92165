package org.protomodels.combine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protomodels.database.Analysis;
import org.protomodels.database.WorkspaceRef;
import org.protomodels.io.Json;
import org.protomodels.stats.infer.FitSetup;
import org.protomodels.stats.model.Model;
import org.protomodels.stats.model.ModifierSettings;
import org.protomodels.stats.spec.PyhfSchemas;
import org.protomodels.stats.spec.Workspace;
import org.protomodels.stats.spec.WorkspaceReader;

/**
 * A pyhf workspace of an analysis compiled once, with the signal patched in as SModelS does (spec 4.4): in every
 * signal-region bin a "bsm" sample carrying the POI normfactor (and {@code lumi} when the measurement declares it)
 * and a fixed normfactor holding that bin's yield, so a new protomodel only changes fixed parameter values and
 * never recompiles. Channels that are not signal regions (control regions) are kept: the workspace is the
 * analysis's full likelihood (docs/combine.md).
 */
final class PyhfAnalysis {
    private final String analysisId;
    private final Model model;
    private final double[] observedData;
    private final FitSetup baseSetup;
    /** SModelS dataset id of each patched bin, and the parameter index of its yield. */
    private final List<String> binDatasets;
    private final int[] yieldIndex;
    private final String source;

    private PyhfAnalysis(String analysisId, Model model, double[] observedData, FitSetup baseSetup,
                         List<String> binDatasets, int[] yieldIndex, String source) {
        this.analysisId = analysisId;
        this.model = model;
        this.observedData = observedData;
        this.baseSetup = baseSetup;
        this.binDatasets = binDatasets;
        this.yieldIndex = yieldIndex;
        this.source = source;
    }

    /** The first workspace of the analysis under {@code folder}, or null when it is not there. */
    static PyhfAnalysis compile(Analysis a, Path folder, PyhfSchemas schemas) {
        if (a.workspaces().isEmpty() || folder == null) {
            return null;
        }
        WorkspaceRef ref = a.workspaces().get(0);
        Path file = folder.resolve(ref.path()).normalize();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        ObjectNode tree = (ObjectNode) Json.readTree(file);
        String poi = tree.path("measurements").path(0).path("config").path("poi").asText("mu_SIG");
        boolean lumi = false;
        for (JsonNode p : tree.path("measurements").path(0).path("config").path("parameters")) {
            lumi |= "lumi".equals(p.path("name").asText());
        }
        Map<String, String[]> srByChannel = new LinkedHashMap<>();
        for (WorkspaceRef.Region r : ref.regions()) {
            if ("SR".equals(r.type()) && r.smodels() != null) {
                srByChannel.put(r.pyhf(), r.smodels().split(";"));
            }
        }
        List<String> binDatasets = new ArrayList<>();
        List<String> yieldNames = new ArrayList<>();
        ArrayNode params = (ArrayNode) ((ObjectNode) tree.path("measurements").path(0).path("config")).withArray("parameters");
        for (JsonNode ch : tree.withArray("channels")) {
            String[] names = srByChannel.get(ch.path("name").asText());
            if (names == null) {
                continue;
            }
            int nbins = ch.path("samples").path(0).path("data").size();
            for (int b = 0; b < nbins && b < names.length; b++) {
                String yName = "bsm_yield_" + binDatasets.size();
                ObjectNode s = Json.mapper().createObjectNode();
                s.put("name", "bsm_" + binDatasets.size());
                ArrayNode data = s.putArray("data");
                for (int k = 0; k < nbins; k++) {
                    data.add(k == b ? 1.0 : 0.0);
                }
                ArrayNode mods = s.putArray("modifiers");
                ObjectNode m = mods.addObject();
                m.put("name", poi);
                m.put("type", "normfactor");
                m.putNull("data");
                ObjectNode y = mods.addObject();
                y.put("name", yName);
                y.put("type", "normfactor");
                y.putNull("data");
                if (lumi) {
                    ObjectNode l = mods.addObject();
                    l.put("name", "lumi");
                    l.put("type", "lumi");
                    l.putNull("data");
                }
                ((ArrayNode) ch.path("samples")).add(s);
                ObjectNode pc = params.addObject();
                pc.put("name", yName);
                pc.put("fixed", true);
                pc.putArray("inits").add(0.0);
                pc.putArray("bounds").addArray().add(0.0).add(1e12);
                binDatasets.add(names[b].strip());
                yieldNames.add(yName);
            }
        }
        if (binDatasets.isEmpty()) {
            return null;
        }
        Workspace w = WorkspaceReader.of(schemas).fromTree(tree, file.toString());
        Model model = Model.of(w, null, ModifierSettings.workspaceDefaults(), file.toString());
        int[] idx = new int[yieldNames.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = model.config().parameterSet(yieldNames.get(i)).offset();
        }
        return new PyhfAnalysis(a.id(), model, model.observedData(w), FitSetup.suggested(model.config()), binDatasets,
                idx, file.toString());
    }

    String analysisId() {
        return analysisId;
    }

    Model model() {
        return model;
    }

    double[] observedData() {
        return observedData;
    }

    List<String> binDatasets() {
        return binDatasets;
    }

    String source() {
        return source;
    }

    /** The fit setup with these per-bin yields (in binDatasets order) as fixed parameter values. */
    FitSetup setup(double[] yields) {
        double[] init = baseSetup.init();
        double[] lo = baseSetup.lower();
        double[] hi = baseSetup.upper();
        for (int i = 0; i < yieldIndex.length; i++) {
            init[yieldIndex[i]] = yields[i];
        }
        return new FitSetup(init, lo, hi, baseSetup.fixed(), baseSetup.poiIndex());
    }
}

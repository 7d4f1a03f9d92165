package org.protomodels.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.protomodels.database.DataType;
import org.protomodels.predict.TheoryPrediction;

/**
 * The signal a protomodel adds to a fake (spec 8.2): the expected signal yield of every efficiency-map region
 * ({@code analysisId:datasetId}, sigma x BR x eff x L summed over txNames) and, per upper-limit map, the predicted
 * sigma x BR at the cluster's average coordinates. {@code file}, {@code index}, {@code sha256} identify the model.
 */
public record InjectedSignal(String file, int index, String sha256, Map<String, Double> yields, List<MapSignal> maps) {
    /** One cluster's predicted sigma x BR (fb) in map {@code analysisId:datasetId:txName} at {@code masses}. */
    public record MapSignal(String map, double[] masses, double sigmaFb) {
    }

    public InjectedSignal {
        yields = java.util.Collections.unmodifiableMap(new TreeMap<>(yields));
        maps = List.copyOf(maps);
    }

    /** From the protomodel's theory predictions (all datasets, no combination). */
    public static InjectedSignal of(String file, int index, String sha256, List<TheoryPrediction> predictions) {
        Map<String, Double> yields = new TreeMap<>();
        List<MapSignal> maps = new ArrayList<>();
        for (TheoryPrediction p : predictions) {
            if (p.dataType() == DataType.EFFICIENCY_MAP && p.signalYield() != null && p.signalYield() > 0) {
                yields.merge(p.analysisId() + ":" + p.datasetId(), p.signalYield(), Double::sum);
            } else if (p.dataType() == DataType.UPPER_LIMIT && p.averageMasses() != null && p.txNames().size() == 1
                    && p.sigmaFb() > 0) {
                double[] m = p.averageMasses().stream().mapToDouble(Double::doubleValue).toArray();
                maps.add(new MapSignal(p.analysisId() + ":" + p.datasetId() + ":" + p.txNames().get(0), m, p.sigmaFb()));
            }
        }
        return new InjectedSignal(file, index, sha256, yields, maps);
    }
}

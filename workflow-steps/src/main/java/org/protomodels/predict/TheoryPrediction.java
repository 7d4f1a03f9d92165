package org.protomodels.predict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.protomodels.database.DataType;

/**
 * What a protomodel predicts for one dataset of one analysis (spec 3.2.7-3.2.10): the signal cross section
 * {@code sigmaFb} (sigma x BR for upper-limit results, summed over the txName's constraint terms of one cluster;
 * sigma x BR x efficiency summed over the dataset's txNames for efficiency maps), the 95% CL upper limits it is
 * compared with (UL map at the cluster's average masses, or the dataset's published limits), r = sigma / UL, the
 * signal yield {@code sigmaFb x luminosity} (efficiency maps), the largest condition violation (UL), the
 * contributing topologies (bracket notation) and, for UL results, the cluster's weight-averaged masses.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TheoryPrediction(String analysisId, String datasetId, DataType dataType, double sqrts,
                               List<String> txNames, double sigmaFb, Double upperLimitFb, Double expectedUpperLimitFb,
                               Double rObs, Double rExp, Double signalYield, Double maxCondition,
                               List<String> topologies, List<Double> averageMasses) {
    public TheoryPrediction {
        txNames = List.copyOf(txNames);
        topologies = List.copyOf(topologies);
        averageMasses = averageMasses == null ? null : List.copyOf(averageMasses);
    }
}

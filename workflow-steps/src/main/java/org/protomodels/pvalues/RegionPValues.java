package org.protomodels.pvalues;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;

/**
 * The p-value of every signal region of a database (spec 9.2), under the SM (lambda ~ N(b, sigma_b)) or under a
 * signal hypothesis (lambda ~ N(b + s, sigma_b), s the predicted yield of the region). Each region is weighted
 * 1/(number of regions of its analysis) so that many-bin analyses do not dominate; aggregated ("-agg")
 * analyses are skipped when the non-aggregated one is present.
 */
public final class RegionPValues {
    /** One region's p-value with what it was computed from. {@code category}: 8TeV, 13TeV-lowlumi, 13TeV-highlumi. */
    public record Region(String analysis, String dataset, String category, double observed, double background,
                         double backgroundError, double signal, double p, double z, double weight) {
    }

    private RegionPValues() {
    }

    /**
     * Every efficiency-map region of the analyses selected by {@code subset}. {@code errorScale} multiplies every
     * background uncertainty; {@code signal} maps {@code analysisId:datasetId} to predicted yields (empty = SM).
     */
    public static List<Region> of(Database db, Predicate<Analysis> subset, double errorScale, Map<String, Double> signal) {
        if (!(errorScale > 0) || !Double.isFinite(errorScale)) {
            throw new IllegalArgumentException("errorScale: must be > 0, got " + errorScale);
        }
        Set<String> ids = new HashSet<>();
        db.analyses().forEach(a -> ids.add(a.id()));
        List<Region> out = new ArrayList<>();
        for (Analysis a : db.analyses()) {
            if (!subset.test(a) || (a.id().endsWith("-agg") && ids.contains(a.id().substring(0, a.id().length() - 4)))) {
                continue;
            }
            List<DataSet> regions = a.datasets().stream().filter(d -> d.dataType() == DataType.EFFICIENCY_MAP).toList();
            for (DataSet d : regions) {
                var c = d.counts();
                double s = signal.getOrDefault(a.id() + ":" + d.id(), 0.0);
                double sigma = errorScale * c.bgError();
                double p = RegionPValue.of(c.observedN(), c.expectedBG() + s, sigma);
                double z = RegionPValue.significance(Math.min(Math.max(p, 1e-300), 1 - 1e-16));
                out.add(new Region(a.id(), d.id(), category(a), c.observedN(), c.expectedBG(), sigma, s, p, z,
                        1.0 / regions.size()));
            }
        }
        return out;
    }

    static String category(Analysis a) {
        if (a.sqrts() < 10) {
            return "8TeV";
        }
        return a.luminosity() < 100 ? "13TeV-lowlumi" : "13TeV-highlumi";
    }
}

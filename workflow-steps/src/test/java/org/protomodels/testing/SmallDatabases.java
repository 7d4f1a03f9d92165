package org.protomodels.testing;

import java.util.List;
import java.util.Map;
import org.protomodels.database.Analysis;
import org.protomodels.database.Constraint;
import org.protomodels.database.CovarianceMatrix;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;
import org.protomodels.database.Experiment;
import org.protomodels.database.Grid;
import org.protomodels.database.GridAxis;
import org.protomodels.database.SignalRegionCounts;
import org.protomodels.database.TxName;

/** Tiny synthetic databases for unit tests (numbers chosen by hand; see each method). */
public final class SmallDatabases {
    private SmallDatabases() {
    }

    /** One analysis with one signal region: b +- sigma, 7 observed. */
    public static Database singleRegion(double b, double sigma) {
        DataSet sr = new DataSet("SR1", DataType.EFFICIENCY_MAP, new SignalRegionCounts(7, b, sigma, 1.0, 1.0, null),
                List.of(), List.of());
        return Database.of("t", List.of(new Analysis("ATLAS-T-1", Experiment.ATLAS, 13, 139, "t", null, false,
                List.of(), List.of(sr), null, List.of(), Map.of())), Map.of(), List.of());
    }

    /** Two correlated regions (V = [[100, 30], [30, 64]]) and one UL map with an expected map. */
    public static Database correlated() {
        DataSet s1 = new DataSet("SR1", DataType.EFFICIENCY_MAP, new SignalRegionCounts(100, 100, 10, null, null, null), List.of(), List.of());
        DataSet s2 = new DataSet("SR2", DataType.EFFICIENCY_MAP, new SignalRegionCounts(80, 80, 8, null, null, null), List.of(), List.of());
        Analysis a = new Analysis("ATLAS-T-1", Experiment.ATLAS, 13, 139, "t", null, false, List.of(), List.of(s1, s2),
                new CovarianceMatrix(List.of("SR1", "SR2"), new double[][] {{100, 30}, {30, 64}}), List.of(), Map.of());
        GridAxis ax = new GridAxis("m", "mass", "GeV", 0, 0, null);
        Grid g = new Grid(List.of(ax), "fb", new double[][] {{500}, {600}}, new double[] {10, 8});
        Constraint c = new Constraint("bracket", "[[['t']],[['t']]]", List.of());
        TxName t = new TxName("T2tt", c, List.of(), null, null, null, g, g, null, Map.of());
        Analysis u = new Analysis("CMS-T-2", Experiment.CMS, 13, 36, "t", null, false, List.of(),
                List.of(new DataSet("data", DataType.UPPER_LIMIT, null, List.of(), List.of(t))), null, List.of(), Map.of());
        return Database.of("t", List.of(a, u), Map.of(), List.of());
    }
}

package org.protomodels.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;
import org.protomodels.database.Experiment;
import org.protomodels.database.SignalRegionCounts;

class CombinabilityTest {
    static Analysis ana(String id, double sqrts, List<String> combinableWith, List<DataSet> datasets) {
        return new Analysis(id, Experiment.fromAnalysisId(id), sqrts, 36, "test", null, false, combinableWith,
                datasets, null, List.of(), Map.of());
    }

    static DataSet sr(String id, List<String> combinableWith) {
        return new DataSet(id, DataType.EFFICIENCY_MAP, new SignalRegionCounts(1, 1, 0.5, null, null, null),
                combinableWith, List.of());
    }

    static Combinability sample() {
        Database db = Database.of("t", List.of(
                ana("ATLAS-A", 13, List.of("ATLAS-B"), List.of(sr("SR1", List.of()), sr("SR2", List.of()))),
                ana("ATLAS-B", 13, List.of(), List.of(sr("SR1", List.of()))),
                ana("ATLAS-C", 13, List.of(), List.of(sr("SR1", List.of("ATLAS-D:SR9")))),
                ana("ATLAS-D", 13, List.of(), List.of(sr("SR9", List.of()), sr("SR8", List.of()))),
                ana("ATLAS-E", 13, List.of(), List.of(sr("SR1", List.of()))),
                ana("ATLAS-8", 8, List.of(), List.of(sr("SR1", List.of()))),
                ana("CMS-X", 13, List.of(), List.of(sr("SR1", List.of())))),
                Map.of("ATLAS-E", List.of("ATLAS-D", "ATLAS-GHOST")), List.of());
        return Combinability.of(db);
    }

    @Test
    void rules_decideAsSpecifiedWithReasons() {
        Combinability c = sample();
        assertTrue(c.analyses("ATLAS-A", "ATLAS-8").combinable(), "different sqrt(s)");
        assertTrue(c.analyses("ATLAS-A", "CMS-X").reason().startsWith("different collaborations"));
        assertTrue(c.analyses("ATLAS-B", "ATLAS-A").combinable(), "globalInfo combinableWith, either direction");
        assertFalse(c.analyses("ATLAS-A", "ATLAS-C").combinable());
        assertTrue(c.results("ATLAS-D", "SR9", "ATLAS-C", "SR1").combinable(), "dataset-level list, reversed");
        assertFalse(c.results("ATLAS-D", "SR8", "ATLAS-C", "SR1").combinable(), "only SR9 is listed");
        assertTrue(c.results("ATLAS-D", "SR8", "ATLAS-E", "SR1").combinable(), "matrix entry keyed by analysis");
        assertEquals("the same result", c.results("ATLAS-A", "SR1", "ATLAS-A", "SR1").reason());
        assertFalse(c.results("ATLAS-A", "SR1", "ATLAS-A", "SR2").combinable(), "SRs of one analysis");
    }

    @Test
    void rules_effVariantSharesThePlainId_listsMatchAndVariantsDoNotCombine() {
        // v1.2.4 keeps X (UL) and X-eff (EM) as two folders with one globalInfo id X
        Analysis ul = new Analysis("ATLAS-P", Experiment.ATLAS, 13, 36, "t", null, false, List.of(),
                List.of(sr("SR1", List.of())), null, List.of(), Map.of("id", "ATLAS-P"));
        Analysis eff = new Analysis("ATLAS-P-eff", Experiment.ATLAS, 13, 36, "t", null, false, List.of(),
                List.of(sr("SR1", List.of())), null, List.of(), Map.of("id", "ATLAS-P"));
        Analysis other = ana("ATLAS-Q", 13, List.of(), List.of(sr("SR1", List.of())));
        Combinability c = Combinability.of(Database.of("t", List.of(ul, eff, other),
                Map.of("ATLAS-Q", List.of("ATLAS-P")), List.of()));
        assertTrue(c.results("ATLAS-P-eff", "SR1", "ATLAS-Q", "SR1").combinable(), "matrix names the plain id");
        assertFalse(c.results("ATLAS-P-eff", "SR1", "ATLAS-P", "SR1").combinable(), "two results of one analysis");
        assertTrue(c.unknownAnalyses().isEmpty());
    }

    @Test
    void unknownAnalyses_listedByMatrixButAbsent_reported() {
        assertEquals(Set.of("ATLAS-GHOST"), sample().unknownAnalyses());
    }
}

package org.protomodels.database;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.step.InvalidInputException;

class DatabaseIOTest {
    static Database sample() {
        GridAxis x = new GridAxis("b0v0", "mass", "GeV", 0, 0, null);
        GridAxis y = new GridAxis("b0v1", "mass", "GeV", 0, 1, null);
        Grid ul = new Grid(List.of(x, y), "fb", new double[][] {{500, 100}, {600, 100}, {600, 200}}, new double[] {10, 8, 9});
        Constraint c = new Constraint("bracket", "[[['t']],[['t']]]",
                List.of(new Constraint.Term(1.0, List.of(List.of(List.of("t")), List.of(List.of("t"))), null)));
        TxName t2tt = new TxName("T2tt", c, List.of(), null, null, "True", ul, ul, null, Map.of());
        DataSet data = new DataSet("data", DataType.UPPER_LIMIT, null, List.of(), List.of(t2tt));
        Analysis a = new Analysis("CMS-TOY-01", Experiment.CMS, 13, 35.9, "test", null, false, List.of(),
                List.of(data), null, List.of(), Map.of("prettyName", "toy"));
        SignalRegionCounts n1 = new SignalRegionCounts(5, 4.2, 1.1, 2.5, 2.0, null);
        SignalRegionCounts n2 = new SignalRegionCounts(3, 3.5, 0.9, null, null, null);
        Grid eff = new Grid(List.of(x, y), "", new double[][] {{500, 100}, {600, 100}}, new double[] {0.01, 0.02});
        TxName em = new TxName("T2tt", c, List.of(), null, null, null, null, null, eff, Map.of());
        Analysis b = new Analysis("ATLAS-TOY-02", Experiment.ATLAS, 8, 20.3, "test", null, false, List.of(),
                List.of(new DataSet("SR1", DataType.EFFICIENCY_MAP, n1, List.of(), List.of(em)),
                        new DataSet("SR2", DataType.EFFICIENCY_MAP, n2, List.of(), List.of())),
                new CovarianceMatrix(List.of("SR1", "SR2"), new double[][] {{1.21, 0.3}, {0.3, 0.81}}), List.of(), Map.of());
        // one table without an order label: optional fields must survive the round trip
        CrossSectionTable xs = new CrossSectionTable("stop", 13, null, new double[] {500, 600},
                new double[] {609, 175}, new double[] {0.07, 0.08}, "test");
        return Database.of("test", List.of(a, b), Map.of("CMS-TOY-01", List.of()), List.of(xs));
    }

    @Test
    void writeRead_roundTrip_equalRecordsAndSameBytes(@TempDir Path dir) throws Exception {
        Database db = sample();
        assertEquals("ATLAS-TOY-02", db.analyses().get(0).id(), "analyses sorted by id");
        Path f1 = dir.resolve("a.json");
        DatabaseIO.write(f1, db);
        Database back = DatabaseIO.read(f1);
        assertEquals(db, back);
        Path f2 = dir.resolve("b.json");
        DatabaseIO.write(f2, back);
        assertArrayEquals(Files.readAllBytes(f1), Files.readAllBytes(f2));
    }

    @Test
    void read_schemaViolation_namesFileAndPointer(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("db.json");
        DatabaseIO.write(f, sample());
        String s = Files.readString(f).replace("\"observedN\":5.0", "\"observedN\":-5.0");
        Files.writeString(f, s);
        var e = assertThrows(InvalidInputException.class, () -> DatabaseIO.read(f));
        assertTrue(e.getMessage().startsWith(f + "#/analyses/0/datasets/0/counts/observedN"), e.getMessage());
    }

    @Test
    void read_asymmetricCovariance_namesField(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("db.json");
        DatabaseIO.write(f, sample());
        Files.writeString(f, Files.readString(f).replace("[[1.21,0.3],[0.3,0.81]]", "[[1.21,0.3],[0.4,0.81]]"));
        var e = assertThrows(InvalidInputException.class, () -> DatabaseIO.read(f));
        assertTrue(e.getMessage().contains("covariance/1/0: not symmetric"), e.getMessage());
        assertTrue(e.getMessage().contains("/analyses/0/covariance"), e.getMessage());
    }

    @Test
    void covariance_notPositiveDefinite_refused() {
        var e = assertThrows(IllegalArgumentException.class, () ->
                new CovarianceMatrix(List.of("a", "b"), new double[][] {{1, 2}, {2, 1}}));
        assertTrue(e.getMessage().contains("not positive definite"), e.getMessage());
    }

    @Test
    void counts_nanOrNegative_refusedNamingField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SignalRegionCounts(Double.NaN, 1, 1, null, null, null))
                .getMessage().startsWith("observedN"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SignalRegionCounts(1, -1, 1, null, null, null))
                .getMessage().startsWith("expectedBG"));
    }

    @Test
    void dataset_duplicateTxName_refused() {
        Database db = sample();
        TxName t = db.analyses().get(1).datasets().get(0).txNames().get(0);
        var e = assertThrows(IllegalArgumentException.class, () ->
                new DataSet("data", DataType.UPPER_LIMIT, null, List.of(), List.of(t, t)));
        assertTrue(e.getMessage().contains("txName T2tt declared twice"), e.getMessage());
    }
}

package org.protomodels.predict.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.database.Grid;
import org.protomodels.database.GridAxis;
import org.protomodels.database.ObservationOverlay;
import org.protomodels.database.TxName;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestStage;
import org.protomodels.ingest.ToyDatabase;
import org.protomodels.step.EventSink;

/**
 * The cached triangulation gives the interpolated values of a freshly built interpolator bit for bit, is shared
 * by maps on the same points (observed and expected limits, a fake's shifted maps) and never by other grids.
 */
class TriangulationCacheTest {
    private static ToyDatabase toy;
    private static Database db;

    @TempDir
    static Path dir;

    @BeforeAll
    static void ingest() {
        toy = ToyDatabase.extract();
        db = DatabaseIO.read(new IngestStage(EventSink.NONE).run(new IngestInputs(List.of(), List.of(), null, null, null,
                null, true, dir.resolve("ingest"))).databaseFile());
    }

    @AfterAll
    static void cleanUp() throws Exception {
        toy.close();
    }

    static List<Grid> maps(Database d) {
        List<Grid> out = new ArrayList<>();
        for (Analysis a : d.analyses()) {
            for (DataSet s : a.datasets()) {
                for (TxName t : s.txNames()) {
                    for (Grid g : new Grid[] {t.upperLimits(), t.expectedUpperLimits(), t.efficiencyMap()}) {
                        if (g != null) {
                            out.add(g);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Same bits at every grid point, at midpoints between points (inside cells) and at random points of the bounding
     * box widened by 10 % (some off the map: NO_VALUE must agree too). Returns how many queries had a value.
     */
    static int assertSameBits(Grid g, GridInterpolator fresh, GridInterpolator cached, String ref) {
        int dim = g.dimension();
        List<double[]> queries = new ArrayList<>(List.of(g.points()));
        double[] lo = new double[dim];
        double[] hi = new double[dim];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (double[] p : g.points()) {
            for (int j = 0; j < dim; j++) {
                lo[j] = Math.min(lo[j], p[j]);
                hi[j] = Math.max(hi[j], p[j]);
            }
        }
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i + 1 < g.size() && i < 400; i++) {
            double[] a = g.points()[rng.nextInt(g.size())];
            double[] b = g.points()[rng.nextInt(g.size())];
            double[] m = new double[dim];
            for (int j = 0; j < dim; j++) {
                m[j] = 0.5 * (a[j] + b[j]);
            }
            queries.add(m);
        }
        for (int i = 0; i < 400; i++) {
            double[] x = new double[dim];
            for (int j = 0; j < dim; j++) {
                double w = hi[j] - lo[j];
                x[j] = lo[j] - 0.1 * w + 1.2 * w * rng.nextDouble();
            }
            queries.add(x);
        }
        int valued = 0;
        for (double[] x : queries) {
            double v0 = fresh.value(x);
            double v1 = cached.value(x);
            assertEquals(Double.doubleToRawLongBits(v0), Double.doubleToRawLongBits(v1),
                    () -> ref + " at " + java.util.Arrays.toString(x) + ": fresh " + v0 + ", cached " + v1);
            if (v0 != GridInterpolator.NO_VALUE) {
                valued++;
            }
        }
        return valued;
    }

    @Test
    void interpolator_everyToyMap_sameBitsAsFreshlyBuilt() {
        TriangulationCache cache = new TriangulationCache();
        List<Grid> maps = maps(db);
        assertTrue(maps.size() >= 5, "the toy database has maps, got " + maps.size());
        int valued = 0;
        for (Grid g : maps) {
            // twice through the cache: the second one is a hit on the stored triangulation
            cache.interpolator(g);
            valued += assertSameBits(g, GridInterpolator.of(g), cache.interpolator(g), "toy map " + g);
        }
        assertTrue(valued > 100, "many queries inside the maps, got " + valued);
        assertTrue(cache.hits() >= maps.size(), "every second request is a hit");
    }

    @Test
    void triangulation_observedAndShiftedExpected_shareOneTriangulation_valuesTheirOwn() {
        TriangulationCache cache = new TriangulationCache();
        int shared = 0;
        for (Analysis a : db.analyses()) {
            for (DataSet s : a.datasets()) {
                for (TxName t : s.txNames()) {
                    Grid e = t.expectedUpperLimits();
                    if (e == null) {
                        continue;
                    }
                    // a fake's observed map: expected x (1 + x / 1.96) on the expected map's points
                    ObservationOverlay o = new ObservationOverlay(ObservationOverlay.KIND, ObservationOverlay.VERSION,
                            "database.json", "0", Map.of(), Map.of(), Map.of(a.id() + ":" + s.id() + ":" + t.name(), 0.7));
                    Grid shifted = o.applyTo(db, "fake").analysis(a.id()).dataset(s.id()).txNames().stream()
                            .filter(x -> x.name().equals(t.name())).findFirst().orElseThrow().upperLimits();
                    GridInterpolator ie = cache.interpolator(e);
                    GridInterpolator is = cache.interpolator(shifted);
                    assertSame(ie.triangulation(), is.triangulation(), "one triangulation for " + t.name());
                    int valued = assertSameBits(shifted, GridInterpolator.of(shifted), is, a.id() + " " + t.name() + " shifted");
                    assertTrue(valued > 0, "the shifted map has values");
                    double[] p = e.points()[0];
                    double own = shifted.values()[0];
                    assertEquals(own, is.value(p), 1e-5 * own + 1e-12,
                            "the shifted map's own value at its first point (6 significant digits)");
                    shared++;
                }
            }
        }
        assertTrue(shared > 0, "the toy database has expected upper-limit maps");
    }

    @Test
    void triangulation_otherPointsOrWidthAxis_notShared() {
        List<GridAxis> mass = List.of(new GridAxis("x", "mass", "GeV", 0, 0, null), new GridAxis("y", "mass", "GeV", 0, 1, null));
        List<GridAxis> width = List.of(new GridAxis("x", "mass", "GeV", 0, 0, null), new GridAxis("y", "width", "GeV", 0, 1, null));
        double[][] pts = {{100, 1}, {200, 1}, {100, 2}, {200, 2}, {150, 3}};
        double[][] same = {{100, 1}, {200, 1}, {100, 2}, {200, 2}, {150, 3}};
        double[][] moved = {{100, 1}, {200, 1}, {100, 2}, {200, 2}, {150, 3.5}};
        double[] v = {1, 2, 3, 4, 5};
        double[] w = {5, 4, 3, 2, 1};
        TriangulationCache cache = new TriangulationCache();
        Triangulation t = cache.triangulation(new Grid(mass, "fb", pts, v));
        assertSame(t, cache.triangulation(new Grid(mass, "fb", same, w)), "equal points in another array: shared");
        assertNotSame(t, cache.triangulation(new Grid(mass, "fb", moved, v)), "one point moved: another geometry");
        assertNotSame(t, cache.triangulation(new Grid(width, "fb", pts, v)), "a width axis: other coordinates");
        assertEquals(3, cache.size());
        Grid g = new Grid(mass, "fb", same, w);
        assertEquals(GridInterpolator.of(g).value(new double[] {150, 2}), cache.interpolator(g).value(new double[] {150, 2}), 0,
                "values of the second map, not the first");
        assertThrows(IllegalArgumentException.class, () -> GridInterpolator.of(t, new Grid(mass, "fb",
                new double[][] {{100, 1}, {200, 1}}, new double[] {1, 2})), "a triangulation of other points is refused");
    }
}

package org.protomodels.predict.grid;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Grid;
import org.protomodels.predict.testdb.TxNameFiles;

/**
 * Real maps of the v1.2.4 database through the {@link TriangulationCache}: bit for bit the values of a freshly built
 * interpolator (grid points, points between them, points around the map), for a 2D UL map with its expected
 * map, a 3D UL map and a 3D efficiency map; the expected map of CMS-SUS-16-050 T2tt shares the observed one's
 * triangulation when their points agree.
 */
class TriangulationCacheRealDataIT {
    static final String T2TT = GridInterpolatorRealDataIT.T2TT;
    static final String T5WW = GridInterpolatorRealDataIT.T5WW;
    static final String T5WW_EFF = GridInterpolatorRealDataIT.T5WW_EFF;

    @TempDir
    static Path dir;
    static Map<String, Path> files;

    @BeforeAll
    static void unpack() throws Exception {
        files = TxNameFiles.unpack(dir, Set.of(T2TT, T5WW, T5WW_EFF));
    }

    @Test
    void interpolator_realMaps_sameBitsAsFreshlyBuilt() throws Exception {
        TriangulationCache cache = new TriangulationCache();
        int valued = 0;
        for (String[] m : new String[][] {{T2TT, "upperLimits"}, {T2TT, "expectedUpperLimits"}, {T5WW, "upperLimits"},
                {T5WW_EFF, "efficiencyMap"}}) {
            Grid g = TxNameFiles.grid(files.get(m[0]), m[1]);
            assertNotNull(g, m[0] + " " + m[1]);
            int v = TriangulationCacheTest.assertSameBits(g, GridInterpolator.of(g), cache.interpolator(g), m[0] + " " + m[1]);
            assertTrue(v > g.size(), m[0] + " " + m[1] + ": grid points and points between them have values, got " + v);
            valued += v;
        }
        System.err.printf("real maps through the cache: %d queries with a value, %d geometries, %d hits%n", valued,
                cache.size(), cache.hits());
        Grid ul = TxNameFiles.grid(files.get(T2TT), "upperLimits");
        Grid eul = TxNameFiles.grid(files.get(T2TT), "expectedUpperLimits");
        if (java.util.Arrays.deepEquals(ul.points(), eul.points())) {
            assertSame(cache.triangulation(ul), cache.triangulation(eul), "observed and expected T2tt on the same points");
        }
    }
}

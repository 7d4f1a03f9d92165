package org.protomodels.predict.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Grid;
import org.protomodels.predict.testdb.TxNameFiles;
import org.protomodels.testing.SharedData;

/**
 * Every map of the v1.2.4 database (about 4400 UL, expected-UL and efficiency maps): the interpolator builds and
 * gives back every grid point's value. Heavy (minutes), so opt-in: {@code -Dprotomodels.allMaps=true}.
 */
@EnabledIfSystemProperty(named = "protomodels.allMaps", matches = "true")
class GridInterpolatorAllMapsIT {
    @TempDir
    Path dir;

    @Test
    void allMaps_buildAndExactAtGridPoints() throws Exception {
        List<Path> files = new ArrayList<>();
        try (var in = new BufferedInputStream(Files.newInputStream(SharedData.require(TxNameFiles.TARBALL)));
             var t = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
            TarArchiveEntry e;
            int k = 0;
            while ((e = t.getNextEntry()) != null) {
                String name = e.getName();
                if (e.isFile() && name.endsWith(".txt") && !name.endsWith("dataInfo.txt") && !name.endsWith("globalInfo.txt")) {
                    Path p = dir.resolve((k++) + ".txt");
                    Files.copy(t, p);
                    files.add(p);
                }
            }
        }
        int built = 0;
        int badPoints = 0;
        for (Path f : files) {
            for (String tag : List.of("upperLimits", "expectedUpperLimits", "efficiencyMap")) {
                Grid g;
                try {
                    g = TxNameFiles.grid(f, tag);
                } catch (Exception ex) {
                    continue; // widths or syntax the test-only parser does not read
                }
                if (g == null) {
                    continue;
                }
                GridInterpolator ip = GridInterpolator.of(g);
                built++;
                double max = Arrays.stream(g.values()).max().orElse(0);
                for (int i = 0; i < g.size(); i++) {
                    double v = ip.value(g.points()[i]);
                    // 6 significant digits; 1e-9 x map maximum absolute for zero-valued corners (barycentric rounding)
                    if (!(Math.abs(v - g.values()[i]) <= 5e-6 * Math.abs(g.values()[i]) + 1e-9 * max) && !duplicated(g, i)) {
                        badPoints++;
                    }
                }
            }
        }
        System.err.println("v1.2.4 maps built: " + built);
        assertTrue(built > 4000, "maps built: " + built);
        assertEquals(0, badPoints, "grid points not reproduced");
    }

    private static boolean duplicated(Grid g, int i) {
        for (int j = 0; j < g.size(); j++) {
            if (j != i && Arrays.equals(g.points()[i], g.points()[j])) {
                return true;
            }
        }
        return false;
    }
}

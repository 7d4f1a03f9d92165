package org.protomodels.ingest.smodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.protomodels.database.CrossSectionTable;
import org.protomodels.testing.SharedData;

/** Combination matrices and reference cross-section tables of protomodels (MANIFEST section 3). */
class CombinationsAndCrossSectionsRealDataIT {
    @Test
    void read_combinationMatrices_equalTheSymmetrisedLineByLineReading() throws IOException {
        Path dir = SharedData.require("data/smodels/combinations");
        Map<String, List<String>> m = CombinationMatrixReader.read(dir);
        // independent reading: "key:" lines and "- item" lines, comments stripped
        Map<String, Set<String>> expected = new TreeMap<>();
        int pairs = 0;
        for (String name : List.of("ATLAS13.yaml", "ATLAS8.yaml", "CMS13.yaml", "CMS8.yaml")) {
            String key = null;
            for (String raw : Files.readAllLines(dir.resolve(name))) {
                String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
                if (line.isBlank() || line.strip().equals("---") || line.strip().equals("...")) {
                    continue;
                }
                if (line.startsWith("-")) {
                    String item = line.substring(1).strip();
                    if (!item.equals(key)) {
                        expected.computeIfAbsent(key, k -> new TreeSet<>()).add(item);
                        expected.computeIfAbsent(item, k -> new TreeSet<>()).add(key);
                        pairs++;
                    }
                } else {
                    key = line.strip().substring(0, line.strip().length() - 1);
                    expected.computeIfAbsent(key, k -> new TreeSet<>());
                }
            }
        }
        assertTrue(pairs > 5000, "spec 5.1: 2133 + 220 + 2751 + 212 list entries; read " + pairs);
        Map<String, List<String>> exp = new TreeMap<>();
        expected.forEach((k, v) -> exp.put(k, List.copyOf(v)));
        assertEquals(exp.keySet(), m.keySet(), "keys");
        for (String k : exp.keySet()) {
            assertEquals(exp.get(k), m.get(k), "list of " + k);
        }
        for (var e : m.entrySet()) {
            for (String other : e.getValue()) {
                assertTrue(m.get(other).contains(e.getKey()), "symmetric: " + e.getKey() + " <-> " + other);
            }
        }
    }

    @Test
    void read_crossSectionTables_firstAndLastRowsMatchTheText() throws IOException {
        Path dir = SharedData.require("data/smodels/xsecTables");
        List<SkippedItem> skipped = new ArrayList<>();
        List<CrossSectionTable> tables = CrossSectionTableReader.readAll(dir, skipped::add);
        assertEquals(14, tables.size(), "MANIFEST: 7 processes at 8 and 13 TeV");
        for (CrossSectionTable t : tables) {
            Path f = dir.resolve(t.source());
            List<String> rows = Files.readAllLines(f).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            assertEquals(rows.size(), t.masses().length, t.source() + " rows");
            String header = String.join(" ", Files.readAllLines(f).stream().filter(l -> l.startsWith("#")).toList());
            double toFb = header.matches("(?s).*[\\[(]pb[\\])].*|.*Nominal \\(pb\\).*") ? 1000 : 1;
            for (int i : new int[] {0, rows.size() - 1}) {
                String[] tok = rows.get(i).replace("GeV", " ").trim().split("\\s+");
                assertRelClose(Double.parseDouble(tok[0]), t.masses()[i], 0, t.source() + " row " + i + " mass");
                assertRelClose(Double.parseDouble(tok[1]) * toFb, t.sigmaFb()[i], 1e-15, t.source() + " row " + i + " sigma");
            }
        }
        CrossSectionTable slep8 = tables.stream().filter(t -> t.source().equals("xsecslepslep8.txt")).findFirst().orElseThrow();
        assertRelClose(2952.7, slep8.sigmaFb()[0], 0, "xsecslepslep8.txt header says fb: read as fb (spec 14 #3)");
        assertEquals(List.of("xsecC1C113.txt:4", "xsecC1C18.txt:4", "xsecslepslep8.txt:4"),
                skipped.stream().map(SkippedItem::path).toList(),
                "the 50 GeV rows of the chargino tables and the 8 TeV slepton table give no uncertainty");
        assertTrue(skipped.get(2).reason().startsWith("19 of 19 rows"), skipped.get(2).reason());
    }
}

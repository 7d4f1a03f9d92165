package org.protomodels.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalJsonTest {
    record Sample(String zeta, double alpha, Map<String, Integer> map) {
    }

    @Test
    void toBytes_insertionOrderDiffers_sameBytesWithSortedKeys() {
        Map<String, Integer> a = new LinkedHashMap<>();
        a.put("b", 2);
        a.put("a", 1);
        Map<String, Integer> b = new LinkedHashMap<>();
        b.put("a", 1);
        b.put("b", 2);
        byte[] x = CanonicalJson.toBytes(new Sample("z", 0.1, a));
        byte[] y = CanonicalJson.toBytes(new Sample("z", 0.1, b));
        assertArrayEquals(x, y);
        String s = new String(x, StandardCharsets.UTF_8);
        assertTrue(s.indexOf("\"alpha\"") < s.indexOf("\"map\"") && s.indexOf("\"map\"") < s.indexOf("\"zeta\""), s);
        assertTrue(s.endsWith("}\n"), "final newline");
        assertEquals(-1, s.indexOf('\r'));
    }

    @Test
    void writeData_record_keysSortedArraysInline(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("d.json");
        CanonicalJson.writeData(f, new Sample("z", 1.5, Map.of("k", 3)));
        String s = Files.readString(f);
        assertEquals("{\n  \"alpha\":1.5,\n  \"map\":{\n    \"k\":3\n  },\n  \"zeta\":\"z\"\n}\n", s);
    }

    @Test
    void write_replacesAtomically_noTempLeft(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("o.json");
        CanonicalJson.write(f, Map.of("a", 1));
        CanonicalJson.write(f, Map.of("a", 2));
        assertEquals("{\n  \"a\":2\n}\n", Files.readString(f));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "only the target file remains");
        }
    }
}

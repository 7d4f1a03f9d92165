package org.protomodels.ingest.smodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;

class CombinationMatrixReaderTest {
    @TempDir
    Path dir;

    @Test
    void read_folderOfYaml_isSymmetricSortedAndWithoutComments() throws IOException {
        Files.writeString(dir.resolve("ATLAS13.yaml"), """
                ---
                ATLAS-SUSY-2016-16: # stop 1 lepton
                - ATLAS-SUSY-2016-07   #eff_maps not imp in SModelS
                - ATLAS-SUSY-2015-02
                #- ATLAS-SUSY-2018-41
                - ATLAS-SUSY-2016-16
                ATLAS-SUSY-2016-07:2j_Meff_1200:
                - ATLAS-SUSY-2016-16
                """);
        Files.writeString(dir.resolve("CMS8.yaml"), "CMS-SUS-13-012:\n- CMS-SUS-13-011\nCMS-SUS-13-019:\n");
        Files.writeString(dir.resolve("notes.txt"), "not yaml: [");
        Map<String, List<String>> m = CombinationMatrixReader.read(dir);
        assertEquals(List.of("ATLAS-SUSY-2015-02", "ATLAS-SUSY-2016-07", "ATLAS-SUSY-2016-07:2j_Meff_1200"),
                m.get("ATLAS-SUSY-2016-16"), "sorted, self-pair dropped, commented line ignored, SR-level key mirrored");
        assertEquals(List.of("ATLAS-SUSY-2016-16"), m.get("ATLAS-SUSY-2016-07"), "mirrored entry");
        assertEquals(List.of("CMS-SUS-13-012"), m.get("CMS-SUS-13-011"));
        assertEquals(List.of(), m.get("CMS-SUS-13-019"), "a key with an empty list is kept");
        assertEquals(List.copyOf(new java.util.TreeSet<>(m.keySet())), List.copyOf(m.keySet()), "keys sorted");
        assertTrue(m.values().stream().noneMatch(l -> l.contains("ATLAS-SUSY-2018-41")));
    }

    @Test
    void read_notAMap_namesTheFile() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "ATLAS-X: ATLAS-Y\n");
        var e = assertThrows(InvalidInputException.class, () -> CombinationMatrixReader.read(f));
        assertEquals("/ATLAS-X", e.location());
        assertThrows(InputMissingException.class, () -> CombinationMatrixReader.read(dir.resolve("absent.yaml")));
    }
}

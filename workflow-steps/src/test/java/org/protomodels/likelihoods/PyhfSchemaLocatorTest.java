package org.protomodels.likelihoods;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.step.InputMissingException;

/** Where the pyhf schemas come from: an explicit folder must hold them; the structural stand-in is complete. */
class PyhfSchemaLocatorTest {
    @Test
    void locate_explicitFolderWithoutSchemas_inputMissing(@TempDir Path dir) {
        InputMissingException e = assertThrows(InputMissingException.class, () -> PyhfSchemaLocator.locate(dir));
        assertTrue(e.getMessage().contains("--pyhf-schemas"), e.getMessage());
    }

    @Test
    void structural_holdsEveryKindTheReaderAsksFor() {
        Path s = PyhfSchemaLocator.structural();
        for (String kind : new String[] {"workspace", "model", "jsonpatch", "patchset"}) {
            assertTrue(Files.isRegularFile(s.resolve("1.0.0/" + kind + ".json")), kind);
        }
        PyhfSchemaLocator.Located explicit = PyhfSchemaLocator.locate(s);
        assertTrue(explicit.official(), "an explicit folder is taken as given");
        assertFalse(new PyhfSchemaLocator.Located(explicit.schemas(), null, false).describe().startsWith("official"));
    }
}

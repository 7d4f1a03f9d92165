package org.protomodels.ingest.smodels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.CrossSectionTable;
import org.protomodels.step.InvalidInputException;

class CrossSectionTableReaderTest {
    @TempDir
    Path dir;

    private final List<SkippedItem> skipped = new ArrayList<>();

    private CrossSectionTable read(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return CrossSectionTableReader.read(f, skipped::add);
    }

    @Test
    void read_relativePercentInPb_isConvertedToFb() throws IOException {
        CrossSectionTable t = read("xsecgluino13.txt", """
                # NLO + NLL for mass < 500 GeV, then NNLOapprox + NNLL: gluino-gluino cross section, 13 TeV
                # Mass [Gev] cross-section [pb] Uncertainty
                200. GeV 3574.52 ± 14.0616%
                2995. GeV\t0.628E-05 ± 48.09 %
                """);
        assertEquals("gluino", t.process());
        assertEquals(13.0, t.sqrts(), 0.0);
        assertEquals("NNLOapprox+NNLL", t.order());
        assertArrayEquals(new double[] {200, 2995}, t.masses(), 0.0);
        assertRelClose(3574520.0, t.sigmaFb()[0], 1e-15, "3574.52 pb in fb");
        assertRelClose(0.628E-05 * 1000, t.sigmaFb()[1], 1e-15, "0.628E-05 pb in fb");
        assertRelClose(0.140616, t.relativeUncertainty()[0], 1e-15, "14.0616 %");
        assertEquals("xsecgluino13.txt", t.source());
    }

    @Test
    void read_absoluteUncertaintyInFb_andMissingUncertaintyIsReported() throws IOException {
        CrossSectionTable t = read("xsecC1C18.txt", """
                # Chargino Chargino Cross Section vs Chargino mass
                # mC1 [GeV]\tCross Section [fb]\tUncertainty [fb]
                50 214171.24
                100 5823.4 201.055
                """);
        assertEquals("C1C1", t.process());
        assertEquals(8.0, t.sqrts(), 0.0);
        assertNull(t.order());
        assertArrayEquals(new double[] {214171.24, 5823.4}, t.sigmaFb(), 0.0);
        assertRelClose(201.055 / 5823.4, t.relativeUncertainty()[1], 1e-15, "absolute / sigma");
        assertEquals(0.0, t.relativeUncertainty()[0], 0.0);
        assertEquals(List.of(new SkippedItem("xsecC1C18.txt:3", "1 of 2 rows give no uncertainty; 0 recorded for them")),
                skipped);
    }

    @Test
    void read_asymmetricPercent_keepsTheLarger() throws IOException {
        CrossSectionTable t = read("xsecslepslep13.txt", """
                # From https://twiki.cern.ch/x
                # mass [GeV] \txsec [pb] \tunc. (down) \tunc. (up)
                50 \t5.368 \t-3.9 % \t2.2 %
                80 \t0.8014 \t-2.1 % \t1.7 %
                """);
        assertRelClose(0.039, t.relativeUncertainty()[0], 1e-15, "max(3.9, 2.2) %");
        assertRelClose(5368.0, t.sigmaFb()[0], 1e-15, "5.368 pb");
    }

    @Test
    void read_badTables_areRefused() throws IOException {
        assertThrows(InvalidInputException.class, () -> read("xsecstop13.txt", "# no unit here\n100 GeV 1.0 +- 5%\n"));
        var e = assertThrows(InvalidInputException.class,
                () -> read("xsecstop8.txt", "# Nominal (pb)\n100 GeV 1.0 +- 5%\n90 GeV 2.0 +- 5%\n"));
        assertEquals(":3", e.location());
        assertThrows(InvalidInputException.class, () -> read("xsecstop.txt", "# (pb)\n100 GeV 1.0 +- 5%\n"));
    }
}

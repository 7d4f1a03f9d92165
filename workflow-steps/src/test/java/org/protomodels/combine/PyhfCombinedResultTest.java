package org.protomodels.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Analysis;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestStage;
import org.protomodels.ingest.ToyDatabase;
import org.protomodels.likelihoods.PyhfSchemaLocator;
import org.protomodels.step.EventSink;

/** The toy's pyhf workspace (ATLAS-TOY-13-005) with a patched-in signal: properties any correct patch must have. */
class PyhfCombinedResultTest {
    @TempDir
    static Path tmp;
    static ToyDatabase toy;
    static Analysis analysis;
    static PyhfAnalysis ws;

    @BeforeAll
    static void compile() {
        new IngestStage(EventSink.NONE).run(new IngestInputs(List.of(), List.of(), null, null, null, null, true, tmp));
        Database db = DatabaseIO.read(tmp.resolve("database.json"));
        toy = ToyDatabase.extract();
        analysis = db.analyses().stream().filter(a -> a.id().equals("ATLAS-TOY-13-005")).findFirst().orElseThrow();
        ws = PyhfAnalysis.compile(analysis, toy.root(), PyhfSchemaLocator.locate(null).schemas());
    }

    @AfterAll
    static void cleanup() {
        toy.close();
    }

    static PyhfCombinedResult result(double scale) {
        double[] y = new double[ws.binDatasets().size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = scale * (i + 1);
        }
        return new PyhfCombinedResult(ws, 13, y, List.of(), 0, 0);
    }

    @Test
    void compile_signalRegionsPatched() {
        assertNotNull(ws);
        assertEquals(List.of("SR1", "SR2"), ws.binDatasets(), "the two SRs of the toy workspace, the CR is kept unpatched");
    }

    @Test
    void nll_muZeroIndependentOfSignal_andMuHatScalesInversely() {
        PyhfCombinedResult a = result(2);
        PyhfCombinedResult b = result(4);
        assertRelClose(a.nll(0), b.nll(0), 1e-9, "no signal at mu = 0, whatever the yields");
        assertRelClose(a.nll(1), b.nll(0.5), 1e-6, "mu x yields is all that matters (fit tolerance)");
        assertRelClose(a.muHat() / 2, b.muHat(), 1e-3, "mu-hat inversely proportional to the yields (fit tolerance)");
        assertTrue(a.muHat() > 0, "the toy's observed excess (19 vs 12 and 6 vs 5)");
        assertTrue(a.rObs() > 0 && a.rExp() > 0, "limits defined");
        assertRelClose(a.rObs() * 2, b.rObs(), 1e-3, "r doubles with the yields (limit tolerance)");
    }
}

package org.protomodels.predict.xsec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protomodels.database.CrossSectionTable;
import org.protomodels.predict.testdb.XsecTableFiles;
import org.protomodels.predict.model.Decay;
import org.protomodels.predict.model.ProductionCrossSection;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.SignalStrength;

class ReferenceCrossSectionsTest {
    static ProductionCrossSection find(List<ProductionCrossSection> xs, int p1, int p2, double sqrts) {
        for (ProductionCrossSection x : xs) {
            if (x.pdg1() == p1 && x.pdg2() == p2 && x.sqrtsTeV() == sqrts) {
                return x;
            }
        }
        return null;
    }

    @Test
    void tableFor_spec16Mapping() {
        assertEquals("gluino", ReferenceCrossSections.tableFor(1000021, 1000021));
        assertEquals("squark", ReferenceCrossSections.tableFor(1000006, 1000021));
        assertEquals("squark", ReferenceCrossSections.tableFor(-1000002, 1000002));
        assertEquals("stop", ReferenceCrossSections.tableFor(-2000005, 2000005));
        assertEquals("slepslep", ReferenceCrossSections.tableFor(-1000013, 1000013));
        assertEquals("slepslep", ReferenceCrossSections.tableFor(-1000011, 1000012));
        assertEquals("N2C1m", ReferenceCrossSections.tableFor(-1000024, 1000023));
        assertEquals("N2C1m", ReferenceCrossSections.tableFor(-1000037, 1000025));
        assertEquals("N2C1p", ReferenceCrossSections.tableFor(1000022, 1000024));
        assertEquals("N2C1p", ReferenceCrossSections.tableFor(1000024, 1000025));
        assertEquals("C1C1", ReferenceCrossSections.tableFor(1000022, 1000023));
        assertEquals("C1C1", ReferenceCrossSections.tableFor(-1000024, 1000037));
        assertNull(ReferenceCrossSections.tableFor(1000012, 1000012), "same-sign sneutrino pairs match no table");
        assertNull(ReferenceCrossSections.tableFor(1000022, 1000022), "no N1N1 production");
    }

    @Test
    void compute_stopPair_tableValueTimesSsm() throws Exception {
        var stop13 = XsecTableFiles.read("stop", 13);
        var stop8 = XsecTableFiles.read("stop", 8);
        ProtoModel m = ProtoModel.of(Map.of(1000022, 200.0, 1000006, 800.0),
                List.of(new Decay(1000006, List.of(1000022, 6), 1.0)),
                List.of(new SignalStrength(-1000006, 1000006, 0.8)), null);
        var xs = ReferenceCrossSections.of(XsecTableFiles.all(), ReferenceCrossSections.Mode.FIDELITY).compute(m);
        assertEquals(2, xs.size(), "only the stop pair at 8 and 13 TeV: " + xs);
        assertRelClose(0.8 * XsecTableFiles.at(stop13, 800), find(xs, -1000006, 1000006, 13).sigmaFb(), 1e-12,
                "xsecstop13.txt row 800 GeV x SSM 0.8");
        assertRelClose(0.8 * XsecTableFiles.at(stop8, 800), find(xs, -1000006, 1000006, 8).sigmaFb(), 1e-12,
                "xsecstop8.txt row 800 GeV x SSM 0.8");
        assertEquals(3, find(xs, -1000006, 1000006, 13).order(), "NNLL");
    }

    @Test
    void compute_betweenRows_linearInSigmaAtMeanMass() throws Exception {
        CrossSectionTable n2c1p = XsecTableFiles.read("N2C1p", 13);
        Map<Integer, Double> masses = new HashMap<>(Map.of(1000022, 240.0, 1000024, 262.5));
        ProtoModel m = ProtoModel.of(masses, List.of(new Decay(1000024, List.of(1000022, 2, 1), 1.0)), List.of(), null);
        var xs = ReferenceCrossSections.of(XsecTableFiles.all(), ReferenceCrossSections.Mode.FIDELITY).compute(m);
        // mean mass 251.25 GeV between the 250 and 275 rows
        double expected = XsecTableFiles.at(n2c1p, 250) + (1.25 / 25) * (XsecTableFiles.at(n2c1p, 275) - XsecTableFiles.at(n2c1p, 250));
        assertRelClose(expected, find(xs, 1000022, 1000024, 13).sigmaFb(), 1e-12, "xsecN2C1p13.txt linear at mean mass 251.25");
        assertNull(find(xs, -1000024, 1000022, 13), "fidelity: N1 C1- is never produced (spec 1.6)");
        assertTrue(find(xs, -1000024, 1000024, 13) != null, "C1 pair produced");
        var corrected = ReferenceCrossSections.of(XsecTableFiles.all(), ReferenceCrossSections.Mode.CORRECTED).compute(m);
        assertRelClose(XsecTableFiles.at(XsecTableFiles.read("N2C1m", 13), 250) + (1.25 / 25)
                        * (XsecTableFiles.at(XsecTableFiles.read("N2C1m", 13), 275) - XsecTableFiles.at(XsecTableFiles.read("N2C1m", 13), 250)),
                find(corrected, -1000024, 1000022, 13).sigmaFb(), 1e-12, "corrected: N1 C1- from xsecN2C1m13.txt");
    }

    @Test
    void compute_slepton8TeV_fidelityReadsFbAsPb() throws Exception {
        CrossSectionTable slep8 = XsecTableFiles.read("slepslep", 8);
        ProtoModel m = ProtoModel.of(Map.of(1000022, 100.0, 1000011, 300.0),
                List.of(new Decay(1000011, List.of(1000022, 11), 1.0)), List.of(), null);
        var fid = ReferenceCrossSections.of(XsecTableFiles.all(), ReferenceCrossSections.Mode.FIDELITY).compute(m);
        var cor = ReferenceCrossSections.of(XsecTableFiles.all(), ReferenceCrossSections.Mode.CORRECTED).compute(m);
        assertRelClose(1000 * XsecTableFiles.at(slep8, 300), find(fid, -1000011, 1000011, 8).sigmaFb(), 1e-12,
                "xsecslepslep8.txt (fb) read as pb, spec 14 #3");
        assertRelClose(XsecTableFiles.at(slep8, 300), find(cor, -1000011, 1000011, 8).sigmaFb(), 1e-12,
                "xsecslepslep8.txt in fb");
    }

    @Test
    void processName_fileNamesNormalised() {
        assertEquals("stop", ReferenceCrossSections.processName("xsecstop13"));
        assertEquals("C1C1", ReferenceCrossSections.processName("xsecC1C18.txt"));
        assertEquals("C1C1", ReferenceCrossSections.processName("C1C1"));
        assertEquals("N2C1m", ReferenceCrossSections.processName("N2C1m"));
    }

    @Test
    void compute_outsideTable_dropped() throws Exception {
        ProtoModel m = ProtoModel.of(Map.of(1000022, 2000.0, 1000021, 3500.0),
                List.of(new Decay(1000021, List.of(1000022, 21), 1.0)), List.of(), null);
        var xs = ReferenceCrossSections.of(XsecTableFiles.all(), ReferenceCrossSections.Mode.FIDELITY).compute(m);
        assertTrue(xs.isEmpty(), "3500 GeV gluinos are beyond both gluino tables: " + xs);
    }

    @Test
    void productionPairs_gluinoSquark_onlyPositiveSquarkInFidelity() {
        ProtoModel m = ProtoModel.of(Map.of(1000022, 100.0, 1000021, 1000.0, 1000001, 900.0),
                List.of(new Decay(1000021, List.of(1000022, 21), 1.0), new Decay(1000001, List.of(1000022, 1), 1.0)),
                List.of(), null);
        var pairs = ReferenceCrossSections.of(List.of(), ReferenceCrossSections.Mode.FIDELITY).productionPairs(m);
        var asStrings = pairs.stream().map(p -> p[0] + "," + p[1]).toList();
        assertEquals(List.of("1000021,1000021", "-1000001,1000001", "1000001,1000021"), asStrings);
    }
}

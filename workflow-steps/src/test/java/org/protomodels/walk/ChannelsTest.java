package org.protomodels.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The allowed-channel table and opening rule of spec 1.3 (with quirk 1 decided: gluino 3-body open). */
class ChannelsTest {
    @Test
    void groups_templateCounts_asInSpecTable() {
        // spec 1.3 table: X_t 6 lines, X_t^2 7, X_b 7, X_d 6, sleptons 5, gluino 11 two-body + 12 + 6 three-body
        assertEquals(6, Channels.groups(1000006).size(), "X_t");
        assertEquals(7, Channels.groups(2000006).size(), "X_t^2");
        assertEquals(7, Channels.groups(1000005).size(), "X_b");
        assertEquals(6, Channels.groups(1000001).size(), "X_d");
        assertEquals(5, Channels.groups(1000011).size(), "X_e");
        assertEquals(11 + 12 + 6, Channels.groups(1000021).size(), "gluino");
        assertEquals(0, Channels.groups(1000022).size(), "LSP is stable");
        Channels.Group leptons = Channels.groupOf(1000023, List.of(1000022, 13, 13));
        assertNotNull(leptons);
        assertEquals(3, leptons.size(), "off-shell N2 -> N1 l l: e, mu, tau share one BR");
    }

    @Test
    void open_thresholdsAndThreeBodyRule() {
        Map<Integer, Double> m = Map.of(1000022, 100.0, 1000006, 280.0, 1000021, 1000.0, 1000023, 150.0, 1000024, 250.0);
        assertTrue(Channels.open(1000006, List.of(1000022, 6), m, true), "280 > 100 + 173");
        assertFalse(Channels.open(1000006, List.of(1000022, 6), Map.of(1000022, 110.0, 1000006, 280.0), true), "280 < 110 + 173");
        assertTrue(Channels.open(1000021, List.of(1000022, 6, 6), m, true), "gluino 3-body open (quirk 1), 1000 > 100 + 346");
        assertFalse(Channels.open(1000021, List.of(1000022, 6, 6), m, false), "develop: gluino 3-body closed");
        assertTrue(Channels.offShell(1000023, m), "N2 - N1 = 50 < m_Z + Gamma_Z");
        assertTrue(Channels.open(1000023, List.of(1000022, 5, 5), m, true), "off-shell N2 -> N1 b b");
        assertFalse(Channels.open(1000023, List.of(1000022, 23), m, true), "off-shell: no N1 Z");
        assertFalse(Channels.open(1000024, List.of(1000022, 2, 1), m, true), "on-shell C1 (150 > m_W): no 3-body");
        assertFalse(Channels.open(1000006, List.of(1000023, 6), m, true), "frozen or too heavy BSM daughter");
    }
}

package org.protomodels.ingest.smodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protomodels.step.InvalidInputException;

class InfoTextTest {
    private static InfoText parse(String s) {
        return InfoText.parse(s.getBytes(StandardCharsets.UTF_8), "x/globalInfo.txt");
    }

    @Test
    void parse_joinRules_commaBackslashIndentAndBrace() {
        InfoText t = parse("a: [1,\n2,\n3]\nb: one\\\ntwo\nc: {'x': 1,\n  'y': 2\n}\n# comment: ignored\nd: last");
        List<InfoText.Field> f = t.fields();
        assertEquals(List.of("a", "b", "c", "d"), f.stream().map(InfoText.Field::tag).toList());
        assertEquals("[1,2,3]", t.value(f.get(0)));
        assertEquals("onetwo", t.value(f.get(1)));
        assertEquals("{'x': 1,'y': 2}", t.value(f.get(2)));
        assertEquals(List.of(1, 4, 6, 10), f.stream().map(InfoText.Field::line).toList());
    }

    @Test
    void parse_valueWithColons_keepsEverythingAfterTheFirst() {
        InfoText t = parse("url: https://atlas.web.cern.ch/x\r\nlastUpdate: 2020/3/30\r\n");
        assertEquals("https://atlas.web.cern.ch/x", t.value(t.fields().get(0)));
        assertEquals("2020/3/30", t.value(t.fields().get(1)));
    }

    @Test
    void parse_byteOrderMark_isNotPartOfTheFirstTag() {
        byte[] text = "\uFEFFid: X\n".getBytes(StandardCharsets.UTF_8);
        InfoText t = InfoText.parse(text, "x");
        assertEquals("id", t.fields().get(0).tag());
        assertEquals("X", t.value(t.fields().get(0)));
    }

    @Test
    void parse_lineWithoutTag_namesFileAndLine() {
        var e = assertThrows(InvalidInputException.class, () -> parse("id: X\n\nno tag here\n"));
        assertEquals("x/globalInfo.txt", e.file());
        assertEquals(":3", e.location());
        assertTrue(e.getMessage().contains("tag: value"), e.getMessage());
    }
}

package org.protomodels.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.protomodels.step.InvalidInputException;

class YamlTest {
    @Test
    void readAll_multiDocument_returnsEachDocument() {
        var docs = Yaml.readAll("---\na: 1\n---\nb: 2\n", "t.yaml");
        assertEquals(2, docs.size());
        assertEquals(2, docs.get(1).get("b").asInt());
    }

    @Test
    void readAll_billionLaughsAliases_refusedWithLine() {
        StringBuilder sb = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            sb.append("]\n");
            prev = c;
        }
        var e = assertThrows(InvalidInputException.class, () -> Yaml.readAll(sb.toString(), "bomb.yaml"));
        assertTrue(e.getMessage().startsWith("bomb.yaml:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("alias"), e.getMessage());
    }

    @Test
    void readAll_javaTypeTag_neverConstructsObjects() {
        // A safe loader must not instantiate classes named by tags; Jackson's YAML parser treats tags as data.
        var docs = Yaml.readAll("a: !!javax.script.ScriptEngineManager [x]\n", "tag.yaml");
        assertTrue(docs.get(0).get("a").isArray());
    }

    @Test
    void readAll_syntaxError_namesFileAndLine() {
        var e = assertThrows(InvalidInputException.class, () -> Yaml.readAll("a: [1, 2\nb: : :\n", "bad.yaml"));
        assertTrue(e.getMessage().matches("bad\\.yaml:\\d+:\\d+: malformed YAML.*"), e.getMessage());
    }

    @Test
    void readAll_duplicateKey_refused() {
        var e = assertThrows(InvalidInputException.class, () -> Yaml.readAll("a: 1\na: 2\n", "dup.yaml"));
        assertTrue(e.getMessage().contains("dup.yaml"), e.getMessage());
    }
}

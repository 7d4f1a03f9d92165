package org.protomodels.ingest.smodels;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.protomodels.step.InvalidInputException;

/**
 * The {@code tag: value} lines of an SModelS info file (globalInfo.txt, dataInfo.txt, txName header), spec 12.2.
 * A physical line is joined with the next if it ends with {@code ,} or {@code \}, or if the next line starts with a
 * space, a tab or {@code }}. Lines whose tag starts with {@code #} are comments. Works on the raw bytes so that
 * multi-megabyte data blocks are never turned into strings: a field keeps byte offsets, and only header values
 * are decoded ({@link #value}).
 */
final class InfoText {
    /** One logical line: its tag, the byte range of its value and the (1-based) physical line it starts on. */
    record Field(String tag, int valueStart, int valueEnd, int line) {
    }

    private final byte[] bytes;
    private final String file;
    private final List<Field> fields;

    private InfoText(byte[] bytes, String file, List<Field> fields) {
        this.bytes = bytes;
        this.file = file;
        this.fields = fields;
    }

    static InfoText parse(byte[] bytes, String file) {
        List<Field> fields = new ArrayList<>();
        int n = bytes.length;
        int pos = n >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0; // UTF-8 BOM
        int line = 1;
        int logicalStart = -1;
        int logicalLine = 0;
        while (pos < n) {
            int eol = pos;
            while (eol < n && bytes[eol] != '\n') {
                eol++;
            }
            int s = pos;
            int e = eol;
            while (s < e && isBlank(bytes[s])) {
                s++;
            }
            while (e > s && isBlank(bytes[e - 1])) {
                e--;
            }
            if (s < e) {
                if (logicalStart < 0) {
                    logicalStart = s;
                    logicalLine = line;
                }
                boolean join = bytes[e - 1] == ',' || bytes[e - 1] == '\\';
                int next = eol + 1;
                if (!join && next < n) {
                    byte c = bytes[next];
                    join = c == ' ' || c == '\t' || c == '}';
                }
                if (!join) {
                    addField(fields, bytes, logicalStart, e, logicalLine, file);
                    logicalStart = -1;
                }
            }
            pos = eol + 1;
            line++;
        }
        if (logicalStart >= 0) {
            int e = n;
            while (e > logicalStart && isBlank(bytes[e - 1])) {
                e--;
            }
            addField(fields, bytes, logicalStart, e, logicalLine, file);
        }
        return new InfoText(bytes, file, fields);
    }

    private static void addField(List<Field> fields, byte[] b, int start, int end, int line, String file) {
        if (b[start] == '#') {
            return; // a comment line
        }
        int colon = start;
        while (colon < end && b[colon] != ':' && b[colon] != '\n') {
            colon++;
        }
        if (colon >= end || b[colon] != ':') {
            throw new InvalidInputException(file, ":" + line, "expected 'tag: value', found '"
                    + abbreviate(new String(b, start, Math.min(end - start, 60), StandardCharsets.UTF_8)) + "'");
        }
        int te = colon;
        while (te > start && isBlank(b[te - 1])) {
            te--;
        }
        String tag = new String(b, start, te - start, StandardCharsets.UTF_8);
        if (tag.startsWith("#")) {
            return;
        }
        int vs = colon + 1;
        while (vs < end && isBlank(b[vs])) {
            vs++;
        }
        fields.add(new Field(tag, vs, end, line));
    }

    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    List<Field> fields() {
        return fields;
    }

    byte[] bytes() {
        return bytes;
    }

    String file() {
        return file;
    }

    /** Fields by tag, in file order; a tag written more than once maps to all its occurrences. */
    Map<String, List<Field>> byTag() {
        Map<String, List<Field>> m = new HashMap<>();
        for (Field f : fields) {
            m.computeIfAbsent(f.tag(), k -> new ArrayList<>(1)).add(f);
        }
        return m;
    }

    /** The value as SModelS sees it: each physical line stripped, a trailing backslash removed, concatenated. */
    String value(Field f) {
        StringBuilder sb = null;
        int pos = f.valueStart();
        int end = f.valueEnd();
        String single = null;
        while (pos < end) {
            int eol = pos;
            while (eol < end && bytes[eol] != '\n') {
                eol++;
            }
            int s = pos;
            int e = eol;
            while (s < e && isBlank(bytes[s])) {
                s++;
            }
            while (e > s && isBlank(bytes[e - 1])) {
                e--;
            }
            if (e > s && bytes[e - 1] == '\\') {
                e--;
            }
            String piece = new String(bytes, s, e - s, StandardCharsets.UTF_8);
            if (single == null && sb == null) {
                single = piece;
            } else {
                if (sb == null) {
                    sb = new StringBuilder(single);
                }
                sb.append(piece);
            }
            pos = eol + 1;
        }
        return sb != null ? sb.toString() : single == null ? "" : single;
    }

    /** The 1-based physical line of a byte offset (for messages only). */
    int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String abbreviate(String s) {
        return s.length() >= 60 ? s + "..." : s;
    }
}

package org.protomodels.predict.testdb;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.protomodels.database.Grid;
import org.protomodels.database.GridAxis;
import org.protomodels.predict.model.PythonLiteral;
import org.protomodels.testing.SharedData;

/**
 * Test-only access to txName files of the v1.2.4 text database (shared tar.xz): unpacks the requested entries into
 * a folder and parses one data block ({@code upperLimits}, {@code expectedUpperLimits}, {@code efficiencyMap}) into a
 * {@link Grid}: masses flattened branch by branch, values in fb (pb x 1000) or dimensionless.
 */
public final class TxNameFiles {
    public static final String TARBALL = "data/smodels/database-v1.2.4-paper2020/smodels-database-v1.2.4.tar.xz";

    private TxNameFiles() {
    }

    /** Unpacks the entries (paths below smodels-database/) into {@code dir}; returns the unpacked paths in order. */
    public static Map<String, Path> unpack(Path dir, Set<String> wanted) throws IOException {
        Path tar = SharedData.require(TARBALL);
        Files.createDirectories(dir);
        Map<String, Path> out = new TreeMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(tar));
             TarArchiveInputStream t = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
            TarArchiveEntry e;
            while ((e = t.getNextEntry()) != null) {
                String name = e.getName().replaceFirst("^smodels-database/", "");
                if (wanted.contains(name)) {
                    Path p = dir.resolve(name.replace('/', '_'));
                    Files.copy(t, p);
                    out.put(name, p);
                }
            }
        }
        if (out.size() != wanted.size()) {
            throw new IOException("not in the tarball: " + wanted.stream().filter(w -> !out.containsKey(w)).toList());
        }
        return out;
    }

    /** The header value of a tag ("constraint", "condition", ...) or null. */
    public static String header(Path txName, String tag) throws IOException {
        for (String line : Files.readAllLines(txName)) {
            if (line.startsWith(tag + ":")) {
                return line.substring(tag.length() + 1).strip();
            }
        }
        return null;
    }

    private static final Pattern PB = Pattern.compile("([-+0-9.eE]+)\\*pb");

    /** The data block {@code tag} as a Grid, or null if absent. */
    public static Grid grid(Path txName, String tag) throws IOException {
        String text = Files.readString(txName);
        int start = text.indexOf("\n" + tag + ":");
        if (start < 0) {
            return null;
        }
        start += tag.length() + 2;
        // the block ends at the next line that starts with a tag
        Matcher next = Pattern.compile("\n[A-Za-z]+:").matcher(text);
        int end = next.find(start) ? next.start() : text.length();
        String block = text.substring(start, end);
        boolean ul = !tag.equals("efficiencyMap");
        Matcher m = PB.matcher(block);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Double.toString(Double.parseDouble(m.group(1)) * 1000));
        }
        m.appendTail(sb);
        String lit = sb.toString().replace("*GeV", "").replace("*fb", "");
        List<?> rows = (List<?>) PythonLiteral.parse(lit, txName.toString());
        List<double[]> pts = new ArrayList<>();
        double[] vals = new double[rows.size()];
        int nAxes = -1;
        for (int i = 0; i < rows.size(); i++) {
            List<?> row = (List<?>) rows.get(i);
            List<Double> flat = new ArrayList<>();
            for (Object branch : (List<?>) row.get(0)) {
                for (Object mass : (List<?>) branch) {
                    if (mass instanceof List<?> pair) {
                        throw new IOException("width entries not supported by this test parser");
                    }
                    flat.add(((Number) mass).doubleValue());
                }
            }
            nAxes = flat.size();
            pts.add(flat.stream().mapToDouble(Double::doubleValue).toArray());
            vals[i] = ((Number) row.get(1)).doubleValue();
        }
        List<GridAxis> axes = new ArrayList<>();
        for (int a = 0; a < nAxes; a++) {
            axes.add(new GridAxis("m" + a, "mass", "GeV", null, null, null));
        }
        return new Grid(axes, ul ? "fb" : "", pts.toArray(new double[0][]), vals);
    }
}

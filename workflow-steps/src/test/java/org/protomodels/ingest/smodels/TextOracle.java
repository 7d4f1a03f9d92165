package org.protomodels.ingest.smodels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An independent, deliberately naive reading of SModelS text files for the real-data tests: file-name rules for
 * counting, and one data point per physical line with a regular expression. Shares no code with the reader.
 */
final class TextOracle {
    private static final Pattern NUMBER_UNIT =
            Pattern.compile("([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)(?:\\*(GeV|TeV|pb|fb))?");

    private TextOracle() {
    }

    /** Counts by file names: analyses = globalInfo.txt; datasets = dataInfo.txt whose parent folder's parent has a
     * globalInfo.txt; txNames = other *.txt files in those dataset folders. */
    record Counts(int analyses, int datasets, int txNames, List<Path> txNameFiles) {
    }

    static Counts count(Path root) throws IOException {
        int analyses = 0;
        int datasets = 0;
        List<Path> tx = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.equals("globalInfo.txt")) {
                    analyses++;
                } else if (name.equals("dataInfo.txt") && Files.exists(p.getParent().getParent().resolve("globalInfo.txt"))) {
                    datasets++;
                    try (Stream<Path> d = Files.list(p.getParent())) {
                        d.filter(f -> f.getFileName().toString().endsWith(".txt")
                                && !f.getFileName().toString().equals("dataInfo.txt")).sorted().forEach(tx::add);
                    }
                }
            }
        }
        return new Counts(analyses, datasets, tx.size(), tx);
    }

    /** One data point: coordinates in GeV and the value (fb for cross sections). */
    record Point(double[] coordinates, double value) {
    }

    /** The points of block {@code tag} ({@code upperLimits:} ...), one per physical line as the 1.x files write them. */
    static List<Point> points(Path txFile, String tag) throws IOException {
        List<String> lines = Files.readAllLines(txFile, StandardCharsets.UTF_8);
        List<Point> out = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith(tag + ":")) {
                in = true;
                line = line.substring(tag.length() + 1).strip();
                line = line.substring(1); // the block's opening '['
            } else if (in && !line.startsWith("[")) {
                break;
            }
            if (in) {
                out.add(point(line));
            }
        }
        return out;
    }

    static Point point(String line) {
        Matcher m = NUMBER_UNIT.matcher(line);
        List<Double> values = new ArrayList<>();
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            String unit = m.group(2);
            if ("TeV".equals(unit) || "pb".equals(unit)) {
                v *= 1000;
            }
            values.add(v);
        }
        double[] c = new double[values.size() - 1];
        for (int i = 0; i < c.length; i++) {
            c[i] = values.get(i);
        }
        return new Point(c, values.get(values.size() - 1));
    }

    /** The value of {@code tag: value} in an info file, as written (first occurrence), or null. */
    static String field(Path file, String tag) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(tag + ":")) {
                return line.substring(tag.length() + 1).strip();
            }
        }
        return null;
    }
}

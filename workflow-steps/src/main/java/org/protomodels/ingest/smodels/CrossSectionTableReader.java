package org.protomodels.ingest.smodels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.protomodels.database.CrossSectionTable;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;

/**
 * Reads the protomodels reference cross-section tables ({@code xsecTables/xsec<process><sqrts>.txt}, spec 1.6):
 * {@code #} header lines naming the unit ({@code [pb]}, {@code (fb)}, ...), then rows {@code mass [GeV] sigma} followed
 * by the uncertainty as {@code ± rel%}, {@code +- rel %}, {@code -down% up%} (the larger is kept) or an absolute value
 * in the table's unit. Cross sections are converted to fb (the header's unit is trusted, so the 8 TeV slepton
 * table, which says fb, is read as fb; spec 14 #3). A row without an uncertainty gets 0 and is reported.
 */
public final class CrossSectionTableReader {
    private static final Pattern UNIT = Pattern.compile("(?i)(?<![a-z])(fb|pb)(?![a-z])");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final String[] SQRTS_SUFFIXES = {"13", "14", "8", "7"};

    private CrossSectionTableReader() {
    }

    /** Every {@code xsec*.txt} table of a folder, sorted by process and sqrt(s). */
    public static List<CrossSectionTable> readAll(Path dir, Consumer<SkippedItem> skipped) {
        List<CrossSectionTable> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && name.startsWith("xsec") && name.endsWith(".txt")) {
                    out.add(read(p, skipped));
                } else {
                    skipped.accept(new SkippedItem(name, "not a cross-section table (xsec<process><sqrts>.txt)"));
                }
            }
        } catch (IOException e) {
            throw new InputMissingException(dir + ": cannot list folder (" + e.getMessage() + ")", e);
        }
        out.sort(Comparator.comparing(CrossSectionTable::process).thenComparingDouble(CrossSectionTable::sqrts));
        return out;
    }

    /** One table; process and sqrt(s) (TeV) come from the file name, e.g. {@code xsecN2C1p13.txt} = N2C1p at 13. */
    public static CrossSectionTable read(Path file, Consumer<SkippedItem> skipped) {
        String fileName = file.getFileName().toString();
        String stem = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
        if (stem.startsWith("xsec")) {
            stem = stem.substring(4);
        }
        String process = null;
        double sqrts = 0;
        for (String suffix : SQRTS_SUFFIXES) {
            if (stem.endsWith(suffix) && stem.length() > suffix.length()) {
                process = stem.substring(0, stem.length() - suffix.length());
                sqrts = Double.parseDouble(suffix);
                break;
            }
        }
        if (process == null) {
            throw new InvalidInputException(fileName, "", "file name must be xsec<process><sqrts>.txt with sqrts 7, 8, 13 or 14");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputMissingException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        StringBuilder header = new StringBuilder();
        for (String l : lines) {
            if (l.strip().startsWith("#")) {
                header.append(l).append('\n');
            }
        }
        Matcher um = UNIT.matcher(header);
        if (!um.find()) {
            throw new InvalidInputException(fileName, "", "the header names no cross-section unit (fb or pb)");
        }
        double toFb = um.group(1).toLowerCase(Locale.ROOT).equals("pb") ? 1000.0 : 1.0;
        String h = header.toString();
        String order = h.contains("NNLL") ? "NNLOapprox+NNLL" : (h.contains("NLL") ? "NLO+NLL" : null);

        List<double[]> rows = new ArrayList<>();
        int withoutUncertainty = 0;
        String firstWithout = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String where = ":" + (i + 1);
            String rest = l.replace("±", " ").replace("+-", " ").replaceFirst("(?i)\\bGeV\\b", " ");
            boolean percent = rest.contains("%");
            List<Double> numbers = new ArrayList<>();
            Matcher nm = NUMBER.matcher(rest);
            while (nm.find()) {
                numbers.add(Double.parseDouble(nm.group()));
            }
            if (numbers.size() < 2) {
                throw new InvalidInputException(fileName, where, "expected 'mass sigma [uncertainty]', got '" + l + "'");
            }
            double mass = numbers.get(0);
            double sigma = numbers.get(1);
            double rel;
            if (numbers.size() == 2) {
                rel = 0.0;
                withoutUncertainty++;
                firstWithout = firstWithout == null ? fileName + where : firstWithout;
            } else if (percent) {
                rel = 0.0;
                for (int k = 2; k < numbers.size(); k++) {
                    rel = Math.max(rel, Math.abs(numbers.get(k)) / 100.0);
                }
            } else if (numbers.size() == 3) {
                rel = sigma > 0 ? Math.abs(numbers.get(2)) / sigma : 0.0;
            } else {
                throw new InvalidInputException(fileName, where, "cannot tell the uncertainty in '" + l + "'");
            }
            if (!(mass >= 0) || !(sigma >= 0) || !Double.isFinite(mass) || !Double.isFinite(sigma)) {
                throw new InvalidInputException(fileName, where, "mass and cross section must be finite and >= 0: '" + l + "'");
            }
            if (!rows.isEmpty() && mass <= rows.get(rows.size() - 1)[0]) {
                throw new InvalidInputException(fileName, where, "masses must increase (" + mass + " after "
                        + rows.get(rows.size() - 1)[0] + ")");
            }
            rows.add(new double[] {mass, sigma * toFb, rel});
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(fileName, "", "no data rows");
        }
        if (withoutUncertainty > 0) {
            skipped.accept(new SkippedItem(firstWithout, withoutUncertainty + " of " + rows.size()
                    + " rows give no uncertainty; 0 recorded for them"));
        }
        double[] m = new double[rows.size()];
        double[] s = new double[rows.size()];
        double[] r = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            m[i] = rows.get(i)[0];
            s[i] = rows.get(i)[1];
            r[i] = rows.get(i)[2];
        }
        return new CrossSectionTable(process, sqrts, order, m, s, r, fileName);
    }
}

package org.protomodels.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.protomodels.testing.SharedData;

/** Reads the reference-value tables of shared/data/MANIFEST.md section 2 at test time (numbers are not copied). */
public final class ManifestTables {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private ManifestTables() {
    }

    /** A reference row: key (file or "RegionX patch"), the mu/test-stat cell (may be empty), CLs values, tolerances. */
    public record Row(String key, String muAndStat, double clsObs, double[] clsExp, double relTolObs, double relTolExp) {
        @Override
        public String toString() {
            return key;
        }
    }

    static List<String[]> rows() {
        try {
            List<String[]> out = new ArrayList<>();
            for (String line : Files.readAllLines(SharedData.require("data/MANIFEST.md"))) {
                if (line.startsWith("| ")) {
                    String[] cells = line.split("\\|", -1);
                    String[] trimmed = new String[cells.length - 2];
                    for (int i = 1; i < cells.length - 1; i++) {
                        trimmed[i - 1] = cells[i].trim();
                    }
                    out.add(trimmed);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] numbers(String cell) {
        Matcher m = NUMBER.matcher(cell.replaceAll("\\([^)]*\\)", ""));
        List<Double> v = new ArrayList<>();
        while (m.find()) {
            v.add(Double.parseDouble(m.group()));
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The inline shapesys-with-zero-uncertainty workspace of section 2 and ROOT's CLs_obs then CLs_exp values. */
    public record InlineCase(String workspaceJson, double clsObs, double[] clsExp) {
    }

    public static InlineCase shapesysNuisparfilter() {
        try {
            String text = Files.readString(SharedData.require("data/MANIFEST.md"));
            int at = text.indexOf("test_shapesys_nuisparfilter_validation");
            int ws0 = text.indexOf("`{", at) + 1;
            int ws1 = text.indexOf("}`", ws0) + 1;
            int r0 = text.indexOf("ROOT gives", ws1);
            int r1 = text.indexOf("(pyhf agrees", r0);
            double[] v = numbers(text.substring(r0, r1).replace("CLs_obs", "").replace("CLs_exp", ""));
            return new InlineCase(text.substring(ws0, ws1), v[0], java.util.Arrays.copyOfRange(v, 1, v.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of the pyhf validation table (file names ending in .json with a test-statistic column). */
    public static List<Row> validation() {
        List<Row> out = new ArrayList<>();
        for (String[] c : rows()) {
            if (c.length == 6 && c[0].matches("`\\d+bin_.*\\.json`") && c[2].matches("\\d, q0?")) {
                double[] tol = numbers(c[5]);
                out.add(new Row(c[0].replace("`", ""), c[2], numbers(c[3])[0], numbers(c[4]), tol[0], tol[0]));
            }
        }
        return out;
    }

    /** Rows of the ATLAS-SUSY-2018-31 table: key "RegionA/sbottom_1300_205_60". */
    public static List<Row> atlasPatches() {
        List<Row> out = new ArrayList<>();
        for (String[] c : rows()) {
            if (c.length == 4 && c[0].matches("Region[ABC] `sbottom_\\d+_\\d+_\\d+`")) {
                String key = c[0].replace(" `", "/").replace("`", "");
                double[] tol = numbers(c[3]);
                out.add(new Row(key, "", numbers(c[1])[0], numbers(c[2]), tol[0], tol.length > 1 ? tol[1] : tol[0]));
            }
        }
        return out;
    }
}

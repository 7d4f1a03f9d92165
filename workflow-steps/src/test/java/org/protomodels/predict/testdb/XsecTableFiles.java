package org.protomodels.predict.testdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protomodels.database.CrossSectionTable;
import org.protomodels.testing.SharedData;

/**
 * Test-only reader of the protomodels xsecTables (the production reader lives in ingest.smodels): '#' headers,
 * rows "mass [GeV] value [± unc%]" or "mass value [unc]"; the unit (pb or fb) is taken from the header.
 */
public final class XsecTableFiles {
    private XsecTableFiles() {
    }

    public static CrossSectionTable read(String process, int sqrts) throws IOException {
        Path f = SharedData.require("data/smodels/xsecTables/xsec" + process + sqrts + ".txt");
        double unit = 1000; // pb -> fb
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(f)) {
            String t = line.strip();
            if (t.startsWith("#")) {
                if (t.contains("[fb]")) {
                    unit = 1;
                }
                continue;
            }
            if (t.isEmpty()) {
                continue;
            }
            String[] tok = t.split("\\s+");
            int col = tok[1].equalsIgnoreCase("GeV") ? 2 : 1;
            rows.add(new double[] {Double.parseDouble(tok[0]), Double.parseDouble(tok[col])});
        }
        double[] m = new double[rows.size()];
        double[] s = new double[rows.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = rows.get(i)[0];
            s[i] = rows.get(i)[1] * unit;
        }
        return new CrossSectionTable(process, sqrts, "", m, s, new double[m.length], "xsec" + process + sqrts + ".txt");
    }

    public static List<CrossSectionTable> all() throws IOException {
        List<CrossSectionTable> l = new ArrayList<>();
        for (String p : List.of("gluino", "squark", "stop", "slepslep", "N2C1m", "N2C1p", "C1C1")) {
            for (int s : new int[] {8, 13}) {
                l.add(read(p, s));
            }
        }
        return l;
    }

    /** The table value (fb) at an exact table mass. */
    public static double at(CrossSectionTable t, double mass) {
        int i = java.util.Arrays.binarySearch(t.masses(), mass);
        if (i < 0) {
            throw new IllegalArgumentException(mass + " GeV is not a row of " + t);
        }
        return t.sigmaFb()[i];
    }
}

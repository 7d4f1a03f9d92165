package org.protomodels.predict.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the SLHA text of a protomodel the way the protomodels template does (spec 3.1, 12.4, 12.5): a MASS block
 * with every particle of the set (frozen ones at 1e6 GeV), one DECAY block per unfrozen particle (fixed width,
 * LSP stable) with one line per channel of the model (BR with 5 decimals, signed daughters), then XSECTION blocks,
 * the SSM comment line and the "produced at step" comment.
 *
 * <p>The template's own decay widths (1-70 GeV) are not in the spec; all unstable particles get {@link #WIDTH} GeV,
 * which makes them prompt for SModelS exactly like the template widths.
 */
public final class SlhaWriter {
    public static final double WIDTH = 1.0;
    public static final double FROZEN = 1e6;
    public static final String SMODELS_VERSION = "3.1.1";

    private SlhaWriter() {
    }

    public static String write(ProtoModel model, List<ProductionCrossSection> xsecs) {
        StringBuilder sb = new StringBuilder();
        sb.append("# SUSY Les Houches Accord input written from a protomodel\n");
        sb.append("BLOCK MASS\n");
        for (Particle p : Particles.BSM) {
            Double m = model.masses().get(p.pdg());
            String v = m == null ? String.format(Locale.ROOT, "%.1f", FROZEN) : String.format(Locale.ROOT, "%.1f", m);
            sb.append(String.format(Locale.ROOT, "   %d  %s  # %s\n", p.pdg(), v, p.name()));
        }
        Map<Integer, Map<List<Integer>, Double>> table = model.decayTable();
        for (Particle p : Particles.BSM) {
            if (!model.isUnfrozen(p.pdg())) {
                continue;
            }
            double width = p.pdg() == Particles.LSP ? 0.0 : WIDTH;
            sb.append(String.format(Locale.ROOT, "DECAY   %d  %.8E  # %s\n", p.pdg(), width, p.name()));
            for (var e : table.getOrDefault(p.pdg(), Map.of()).entrySet()) {
                int[] signed = DecayTemplate.signedDaughters(p.pdg(), e.getKey());
                sb.append(String.format(Locale.ROOT, "   %.5f  %d", e.getValue(), signed.length));
                for (int d : signed) {
                    sb.append("  ").append(d);
                }
                sb.append('\n');
            }
        }
        for (ProductionCrossSection x : xsecs) {
            sb.append(String.format(Locale.ROOT, "XSECTION  %.1f 2212 2212 2 %d %d # reference xsecs v1.0 [pb] %s\n",
                    x.sqrtsTeV() * 1000, x.pdg1(), x.pdg2(), x.comment() == null ? "" : x.comment()));
            sb.append(String.format(Locale.ROOT, "  0  %d  0  0  0  0  %16.8E SModelSv%s\n", x.order(), x.sigmaFb() / 1000,
                    SMODELS_VERSION));
        }
        StringBuilder ssm = new StringBuilder("# Signal strength multipliers: ");
        for (int i = 0; i < model.signalStrengths().size(); i++) {
            SignalStrength s = model.signalStrengths().get(i);
            if (i > 0) {
                ssm.append(", ");
            }
            ssm.append('(').append(s.pdg1()).append(", ").append(s.pdg2()).append("):").append(pyG(s.value(), 4));
        }
        sb.append(ssm).append('\n');
        if (model.step() != null) {
            sb.append("# produced at step ").append(model.step()).append('\n');
        }
        return sb.toString();
    }

    /** Python's {@code '%.<precision>g' % x}: shortest of fixed/scientific, trailing zeros stripped, 2-digit exponent. */
    public static String pyG(double x, int precision) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0" : "0";
        }
        String sci = String.format(Locale.ROOT, "%." + (precision - 1) + "e", x);
        int exp = Integer.parseInt(sci.substring(sci.indexOf('e') + 1));
        if (exp < -4 || exp >= precision) {
            String mant = stripZeros(sci.substring(0, sci.indexOf('e')));
            return mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return stripZeros(String.format(Locale.ROOT, "%." + Math.max(0, precision - 1 - exp) + "f", x));
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}

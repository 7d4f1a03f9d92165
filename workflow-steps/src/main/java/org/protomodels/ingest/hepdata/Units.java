package org.protomodels.ingest.hepdata;

import java.util.Locale;
import org.protomodels.step.InvalidInputException;

/**
 * Units as real HEPData records spell them ({@code fb}, {@code PB}, {@code GEV}, {@code TeV}, {@code $fb^{-1}$},
 * {@code fb$^{-1}$}, {@code 1/fb}, ...), converted to the canonical ones: cross sections in fb, masses and energies in
 * GeV, luminosity in fb^-1. An unknown unit is an error naming the file and the field, never a silent factor 1.
 */
public final class Units {
    private Units() {
    }

    /** Lower case with LaTeX decoration ($, braces, backslashes, ^, blanks) removed: {@code $fb^{-1}$ -> fb-1}. */
    public static String normalise(String unit) {
        if (unit == null) {
            return "";
        }
        return unit.toLowerCase(Locale.ROOT).replaceAll("[\\s$\\\\{}^~]", "").replace("mathrm", "").replace("text", "");
    }

    /** A qualifier or header name reduced for matching: {@code $\sqrt s$}, {@code SQRT(S)}, {@code \sqrt{s}} -> {@code sqrts}. */
    public static String normaliseName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s$\\\\{}()^_.]", "");
    }

    /** Factor taking a cross section in {@code unit} to fb. */
    public static double crossSectionToFb(String unit, String file, String field) {
        return switch (normalise(unit)) {
            case "fb" -> 1.0;
            case "pb" -> 1e3;
            case "nb" -> 1e6;
            case "ab" -> 1e-3;
            case "mb" -> 1e12;
            default -> throw unknown(unit, "cross section (fb, pb, nb, ab)", file, field);
        };
    }

    /** Factor taking a mass or energy in {@code unit} to GeV. */
    public static double energyToGeV(String unit, String file, String field) {
        return switch (normalise(unit)) {
            case "gev" -> 1.0;
            case "tev" -> 1e3;
            case "mev" -> 1e-3;
            case "kev" -> 1e-6;
            default -> throw unknown(unit, "energy (GeV, TeV, MeV)", file, field);
        };
    }

    /** Factor taking an integrated luminosity in {@code unit} to fb^-1. */
    public static double luminosityToInverseFb(String unit, String file, String field) {
        return switch (normalise(unit)) {
            case "fb-1", "1/fb", "/fb", "fb**-1", "ifb" -> 1.0;
            case "pb-1", "1/pb", "/pb", "pb**-1", "ipb" -> 1e-3;
            case "ab-1", "1/ab", "/ab" -> 1e3;
            case "nb-1", "1/nb", "/nb" -> 1e-6;
            default -> throw unknown(unit, "integrated luminosity (fb^-1, pb^-1)", file, field);
        };
    }

    private static InvalidInputException unknown(String unit, String what, String file, String field) {
        return new InvalidInputException(file, field, "unknown unit '" + unit + "' for " + what);
    }
}

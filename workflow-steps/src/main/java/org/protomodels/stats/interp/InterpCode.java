package org.protomodels.stats.interp;

/** The HistFactory interpolation codes pyhf supports for normsys (code1, code4) and histosys (code0, code2, code4p). */
public enum InterpCode {
    CODE0("code0"), CODE1("code1"), CODE2("code2"), CODE4("code4"), CODE4P("code4p");

    private final String pyhfName;

    InterpCode(String pyhfName) {
        this.pyhfName = pyhfName;
    }

    public String pyhfName() {
        return pyhfName;
    }

    public static InterpCode of(String name) {
        for (InterpCode c : values()) {
            if (c.pyhfName.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("interpcode: unknown '" + name + "' (code0, code1, code2, code4, code4p)");
    }

    /** True for the multiplicative (normsys) codes. */
    public boolean multiplicative() {
        return this == CODE1 || this == CODE4;
    }
}

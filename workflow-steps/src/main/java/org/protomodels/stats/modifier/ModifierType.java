package org.protomodels.stats.modifier;

/**
 * The HistFactory modifier types in pyhf's registry order; parameters are registered type by type in this order,
 * which fixes the parameter vector layout.
 */
public enum ModifierType {
    HISTOSYS("histosys"), LUMI("lumi"), NORMFACTOR("normfactor"), NORMSYS("normsys"), SHAPEFACTOR("shapefactor"),
    SHAPESYS("shapesys"), STATERROR("staterror");

    private final String pyhfName;

    ModifierType(String pyhfName) {
        this.pyhfName = pyhfName;
    }

    public String pyhfName() {
        return pyhfName;
    }

    public static ModifierType of(String name) {
        for (ModifierType t : values()) {
            if (t.pyhfName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("type: unknown modifier type '" + name + "'");
    }

    /** Whether parameters of this type may be shared by several samples/channels. */
    public boolean shared() {
        return this != SHAPESYS;
    }
}

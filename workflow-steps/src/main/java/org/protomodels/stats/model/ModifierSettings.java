package org.protomodels.stats.model;

import java.util.Objects;
import org.protomodels.stats.interp.InterpCode;

/** Interpolation codes for normsys and histosys (pyhf's {@code modifier_settings}). */
public record ModifierSettings(InterpCode normsys, InterpCode histosys) {
    public ModifierSettings {
        Objects.requireNonNull(normsys, "normsys");
        Objects.requireNonNull(histosys, "histosys");
        if (!normsys.multiplicative()) {
            throw new IllegalArgumentException("normsys: interpolation code must be code1 or code4, not " + normsys);
        }
        if (histosys.multiplicative()) {
            throw new IllegalArgumentException("histosys: interpolation code must be code0, code2 or code4p, not " + histosys);
        }
    }

    /** What {@code pyhf.Workspace.model()} uses: normsys code4, histosys code4p. */
    public static ModifierSettings workspaceDefaults() {
        return new ModifierSettings(InterpCode.CODE4, InterpCode.CODE4P);
    }

    /**
     * pyhf's validation settings {@code {"normsys": {"interpcode": "code1"}}}: histosys then falls back to the
     * combined modifier's own default, code0.
     */
    public static ModifierSettings validation() {
        return new ModifierSettings(InterpCode.CODE1, InterpCode.CODE0);
    }
}

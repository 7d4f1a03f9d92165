package org.protomodels.predict;

import java.util.List;
import org.protomodels.database.Grid;
import org.protomodels.database.GridAxis;
import org.protomodels.database.TxName;
import org.protomodels.predict.decomp.Element;
import org.protomodels.predict.decomp.Matcher;
import org.protomodels.predict.grid.GridInterpolator;
import org.protomodels.predict.model.SlhaWriter;

/**
 * A txName prepared for repeated predictions: its maps' interpolators are built on first use (once, thread-safe)
 * and the mapping from an element's masses to the map coordinates is fixed. Only bracket-notation constraints with
 * a MET final state are usable; {@link #usable()} says whether this one is.
 */
final class CompiledTxName {
    final TxName txName;
    private final boolean usable;
    private volatile GridInterpolator ul;
    private volatile GridInterpolator expectedUl;
    private volatile GridInterpolator efficiency;

    CompiledTxName(TxName txName) {
        this.txName = txName;
        boolean ok = txName.constraint() != null && "bracket".equals(txName.constraint().notation());
        if (txName.finalState() != null) {
            for (String f : txName.finalState()) {
                ok &= f.equals("MET");
            }
        }
        this.usable = ok;
    }

    boolean usable() {
        return usable;
    }

    GridInterpolator upperLimits() {
        GridInterpolator g = ul;
        if (g == null && txName.upperLimits() != null) {
            synchronized (this) {
                if (ul == null) {
                    ul = GridInterpolator.of(txName.upperLimits());
                }
                g = ul;
            }
        }
        return g;
    }

    GridInterpolator expectedUpperLimits() {
        GridInterpolator g = expectedUl;
        if (g == null && txName.expectedUpperLimits() != null) {
            synchronized (this) {
                if (expectedUl == null) {
                    expectedUl = GridInterpolator.of(txName.expectedUpperLimits());
                }
                g = expectedUl;
            }
        }
        return g;
    }

    GridInterpolator efficiencies() {
        GridInterpolator g = efficiency;
        if (g == null && txName.efficiencyMap() != null) {
            synchronized (this) {
                if (efficiency == null) {
                    efficiency = GridInterpolator.of(txName.efficiencyMap());
                }
                g = efficiency;
            }
        }
        return g;
    }

    /**
     * The element's coordinates for {@code grid}, constraint branch order ({@code order} from {@link Matcher}):
     * per axis the mass (or width: template width for decaying particles, 0 for the final state) at its branch and
     * vertex, or, when the axes carry no branch/vertex, the masses flattened branch by branch. Null if the element's
     * shape does not fit the grid.
     */
    static double[] coordinates(Element e, int order, Grid grid) {
        List<GridAxis> axes = grid.axes();
        int b0 = order == Matcher.SWAPPED ? 1 : 0;
        double[][] m = {e.masses(b0), e.masses(1 - b0)};
        double[] out = new double[axes.size()];
        boolean addressed = true;
        for (GridAxis a : axes) {
            addressed &= a.branch() != null && a.vertex() != null;
        }
        if (addressed) {
            for (int k = 0; k < out.length; k++) {
                GridAxis a = axes.get(k);
                if (a.branch() > 1 || a.vertex() >= m[a.branch()].length) {
                    return null;
                }
                boolean last = a.vertex() == m[a.branch()].length - 1;
                out[k] = "width".equals(a.property()) ? (last ? 0 : SlhaWriter.WIDTH) : m[a.branch()][a.vertex()];
            }
            return out;
        }
        if (m[0].length + m[1].length != out.length) {
            return null;
        }
        System.arraycopy(m[0], 0, out, 0, m[0].length);
        System.arraycopy(m[1], 0, out, m[0].length, m[1].length);
        return out;
    }
}

package org.protomodels.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.protomodels.database.Condition;
import org.protomodels.database.Constraint;
import org.protomodels.database.Grid;
import org.protomodels.database.GridAxis;
import org.protomodels.database.TxName;
import org.protomodels.predict.decomp.Element;
import org.protomodels.predict.decomp.Matcher;
import org.protomodels.predict.decomp.TermPattern;
import org.protomodels.predict.grid.GridInterpolator;
import org.protomodels.predict.grid.TriangulationCache;
import org.protomodels.predict.model.SlhaWriter;

/**
 * A txName prepared for repeated predictions: its constraint and condition terms compiled into {@link TermPattern}s
 * (bracket and graph notation alike), its maps' interpolators built on first use (once, thread-safe), and the mapping
 * from an element's masses to the map coordinates fixed. Usable are graph-notation txNames and bracket-notation ones
 * with a MET final state; {@link #usable()} says whether this one is and {@link #whyNotUsable()} why not. The maps'
 * triangulations come from a {@link TriangulationCache} that may be shared with other txNames and databases.
 */
final class CompiledTxName {
    final TxName txName;
    /** Its number in the predictor (database order of first appearance): predictions index matches by it. */
    final int id;
    final List<TermPattern> terms;
    final List<CompiledCondition> conditions;
    private final String notUsable;
    private final TriangulationCache triangulations;
    private volatile GridInterpolator ul;
    private volatile GridInterpolator expectedUl;
    private volatile GridInterpolator efficiency;

    /** A condition with its arguments compiled: {@code function} is csim or cgtr (lower case). */
    record CompiledCondition(String function, List<List<TermPattern>> arguments) {
    }

    /** A txName compiled on its own (outside a predictor). */
    CompiledTxName(TxName txName, TriangulationCache triangulations) {
        this(txName, triangulations, 0);
    }

    CompiledTxName(TxName txName, TriangulationCache triangulations, int id) {
        this.txName = txName;
        this.triangulations = triangulations;
        this.id = id;
        String why = null;
        List<TermPattern> ts = List.of();
        List<CompiledCondition> cs = List.of();
        if (txName.constraint() == null) {
            why = "no constraint";
        } else if ("bracket".equals(txName.constraint().notation()) && txName.finalState() != null
                && !txName.finalState().stream().allMatch("MET"::equals)) {
            why = "final state " + txName.finalState() + " (protomodel final states are MET)";
        } else {
            try {
                ts = TermPattern.of(txName.constraint());
                List<CompiledCondition> list = new ArrayList<>();
                for (Condition c : txName.conditions()) {
                    List<List<TermPattern>> args = new ArrayList<>();
                    for (Constraint arg : c.arguments()) {
                        args.add(TermPattern.of(arg));
                    }
                    list.add(new CompiledCondition(c.function().toLowerCase(Locale.ROOT), List.copyOf(args)));
                }
                cs = List.copyOf(list);
            } catch (IllegalArgumentException e) {
                why = "constraint or condition: " + e.getMessage();
                ts = List.of();
                cs = List.of();
            }
        }
        this.terms = ts;
        this.conditions = cs;
        this.notUsable = why;
    }

    boolean usable() {
        return notUsable == null;
    }

    String whyNotUsable() {
        return notUsable;
    }

    GridInterpolator upperLimits() {
        GridInterpolator g = ul;
        if (g == null && txName.upperLimits() != null) {
            synchronized (this) {
                if (ul == null) {
                    ul = triangulations.interpolator(txName.upperLimits());
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
                    expectedUl = triangulations.interpolator(txName.expectedUpperLimits());
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
                    efficiency = triangulations.interpolator(txName.efficiencyMap());
                }
                g = efficiency;
            }
        }
        return g;
    }

    /**
     * The element's coordinates for {@code grid} in the term's branch order ({@code order} from {@link Matcher}):
     * per axis the mass (or width: template width for decaying particles, 0 for the final state) at its branch and
     * position (bracket axes), or at the position of its graph node in the term (dataMap axes), or, when the axes
     * carry neither, the masses flattened branch by branch. Null if the element's shape does not fit the grid.
     */
    static double[] coordinates(Element e, int order, TermPattern term, Grid grid) {
        List<GridAxis> axes = grid.axes();
        int b0 = order == Matcher.SWAPPED ? 1 : 0;
        double[][] m = {e.masses(b0), e.masses(1 - b0)};
        double[] out = new double[axes.size()];
        boolean addressed = true;
        for (GridAxis a : axes) {
            addressed &= (a.branch() != null && a.vertex() != null) || a.node() != null;
        }
        if (addressed) {
            for (int k = 0; k < out.length; k++) {
                GridAxis a = axes.get(k);
                int b;
                int v;
                if (a.branch() != null && a.vertex() != null) {
                    b = a.branch();
                    v = a.vertex();
                } else {
                    int[] p = term.position(a.node());
                    if (p == null) {
                        return null;
                    }
                    b = p[0];
                    v = p[1];
                }
                if (b > 1 || v >= m[b].length) {
                    return null;
                }
                boolean last = v == m[b].length - 1;
                out[k] = "width".equals(a.property()) ? (last ? 0 : SlhaWriter.WIDTH) : m[b][v];
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

package org.protomodels.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A mass spectrum: each particle a horizontal level at its mass (in its own column), labelled with its name and
 * mass, and each decay an arrow from the mother's level to the daughter's, labelled with the branching ratio.
 */
public final class MassSpectrumChart {
    private static final double HALF_WIDTH = 0.34;
    private static final Color LEVEL = new Color(0x1d, 0x24, 0x33);
    private static final Color ARROW = new Color(0x2b, 0x6c, 0xb0);

    /** A particle level: label shown above it, mass in GeV. */
    public record Level(String label, double massGeV) {
        public Level {
            if (!(massGeV > 0) || !Double.isFinite(massGeV)) {
                throw new IllegalArgumentException("massGeV: must be finite and > 0, got " + massGeV);
            }
        }
    }

    /** A decay from level {@code from} to level {@code to} (indices into the levels), with its label ("BR 0.75, t"). */
    public record Arrow(int from, int to, String label) {
    }

    private MassSpectrumChart() {
    }

    /** Writes {@code base}.png and .svg; levels are drawn left to right in the given order. */
    public static String[] write(List<Level> levels, List<Arrow> arrows, String title, Path base) {
        int width = Math.max(640, Math.min(1400, 110 * levels.size() + 180));
        XYChart chart = new XYChartBuilder().width(width).height(520).title(title).xAxisTitle("").yAxisTitle("mass [GeV]").build();
        Charts.style(chart.getStyler());
        double max = 0;
        for (Level l : levels) {
            max = Math.max(max, l.massGeV());
        }
        var st = chart.getStyler();
        st.setLegendVisible(false);
        st.setXAxisTicksVisible(false);
        st.setXAxisTitleVisible(false);
        st.setXAxisMin(-0.6);
        st.setXAxisMax(levels.size() - 0.4);
        st.setYAxisMin(0.0);
        double top = niceCeiling(max * 1.12);
        st.setYAxisMax(top);
        st.setPlotGridVerticalLinesVisible(false);
        st.setYAxisDecimalPattern("0");
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setAnnotationTextFontColor(LEVEL);
        double labelOffset = top * 0.036;
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            XYSeries s = chart.addSeries("level " + i, new double[] {i - HALF_WIDTH, i + HALF_WIDTH},
                    new double[] {l.massGeV(), l.massGeV()});
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(LEVEL);
            s.setLineStyle(new BasicStroke(3.5f));
            // below the level: decay arrows arrive from above and leave from the ends, so labels stay clear
            // a level too close to 0 GeV for two lines below it gets them above
            double sign = l.massGeV() - 2.7 * labelOffset < 0 ? -1 : 1;
            chart.addAnnotation(new AnnotationText(l.label(), i, l.massGeV() - sign * labelOffset * (sign > 0 ? 1 : 2.1), false));
            chart.addAnnotation(new AnnotationText(mass(l.massGeV()) + " GeV", i, l.massGeV() - sign * labelOffset * (sign > 0 ? 2.1 : 1), false));
        }
        // arrows land on the outer parts of a level (clear of labels placed above low levels): those from columns to
        // the left on its left part, from the right on its right part, spread in the order of the mothers' columns
        int[][] incoming = new int[levels.size()][2];
        for (Arrow a : arrows) {
            incoming[a.to()][a.from() < a.to() ? 0 : 1]++;
        }
        List<Arrow> ordered = new java.util.ArrayList<>(arrows);
        ordered.sort(java.util.Comparator.comparingInt(Arrow::to).thenComparingInt(Arrow::from));
        int[][] arrived = new int[levels.size()][2];
        for (int j = 0; j < ordered.size(); j++) {
            Arrow a = ordered.get(j);
            Level from = levels.get(a.from());
            Level to = levels.get(a.to());
            double dir = a.to() >= a.from() ? 1 : -1;
            double x0 = a.from() + dir * HALF_WIDTH;
            int side = a.from() < a.to() ? 0 : 1;
            int k = arrived[a.to()][side]++;
            double f = 0.5 + 0.45 * (k + 0.5) / incoming[a.to()][side]; // 0.5 .. 0.95 of the half width
            double x1 = a.to() + (side == 0 ? -1 : 1) * HALF_WIDTH * (side == 0 ? 1.45 - f : f);
            double y0 = from.massGeV();
            double y1 = to.massGeV() + max * 0.012;
            XYSeries line = chart.addSeries("decay " + j, new double[] {x0, x1}, new double[] {y0, y1});
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(ARROW);
            line.setLineStyle(new BasicStroke(1.6f));
            XYSeries head = chart.addSeries("decay head " + j, new double[] {x1}, new double[] {y1});
            head.setMarker(y1 <= y0 ? SeriesMarkers.TRIANGLE_DOWN : SeriesMarkers.TRIANGLE_UP);
            head.setMarkerColor(ARROW);
            head.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.NONE);
            double t = 0.5 + 0.1 * (k % 3);
            chart.addAnnotation(new AnnotationText(a.label(), x0 + t * (x1 - x0) + 0.3, y0 + t * (y1 - y0) + max * 0.02, false));
        }
        chart.getStyler().setMarkerSize(10);
        return Charts.write(chart, base);
    }

    private static String mass(double m) {
        return m == Math.rint(m) ? String.valueOf((long) m) : String.format(Locale.ROOT, "%.1f", m);
    }

    /** Rounds up to 1, 2 or 5 times a power of ten, for a clean top of the axis. */
    static double niceCeiling(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double f : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (f * p >= v) {
                return f * p;
            }
        }
        return 10 * p;
    }
}

package org.protomodels.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Line plots, step histograms and bar charts in the house style, written as PNG and SVG. */
public final class LineCharts {
    /** More series than this and the legend is hidden (it would cover the plot). */
    public static final int MAX_LEGEND = 12;

    private LineCharts() {
    }

    /** A named curve; non-finite points are dropped. {@code emphasis} draws it thick and black (e.g. a combination). */
    public record Series(String name, double[] x, double[] y, boolean emphasis) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("y: " + y.length + " values for " + x.length + " x values");
            }
        }

        public static Series of(String name, double[] x, double[] y) {
            return new Series(name, x, y, false);
        }
    }

    /** Axis titles and optional y range (NaN = automatic). */
    public record Axes(String title, String xTitle, String yTitle, double yMin, double yMax) {
        public static Axes of(String title, String xTitle, String yTitle) {
            return new Axes(title, xTitle, yTitle, Double.NaN, Double.NaN);
        }

        public Axes withY(double min, double max) {
            return new Axes(title, xTitle, yTitle, min, max);
        }
    }

    public static String[] lines(List<Series> series, Axes axes, Path base) {
        XYChart chart = new XYChartBuilder().width(640).height(420).title(axes.title())
                .xAxisTitle(axes.xTitle()).yAxisTitle(axes.yTitle()).build();
        Charts.style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setLegendVisible(series.size() <= MAX_LEGEND);
        chart.getStyler().setXAxisTickMarkSpacingHint(90);
        if (Double.isFinite(axes.yMin())) {
            chart.getStyler().setYAxisMin(axes.yMin());
        }
        if (Double.isFinite(axes.yMax())) {
            chart.getStyler().setYAxisMax(axes.yMax());
        }
        boolean any = false;
        for (Series s : series) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                    x.add(s.x()[i]);
                    y.add(s.y()[i]);
                }
            }
            if (x.isEmpty()) {
                continue;
            }
            any = true;
            XYSeries xy = chart.addSeries(s.name(), x, y);
            xy.setMarker(x.size() == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            if (s.emphasis()) {
                xy.setLineColor(Color.BLACK);
                xy.setLineStyle(new BasicStroke(3f));
            }
        }
        if (!any) {
            chart.addSeries("no data", new double[] {0}, new double[] {0}).setMarker(SeriesMarkers.NONE);
        }
        return Charts.write(chart, base);
    }

    /**
     * A step histogram of fractions per bin (edges has one more entry than fractions) with an optional flat line at
     * {@code flat} (NaN = none) and an optional vertical marker at {@code marker} (NaN = none).
     */
    public static String[] histogram(double[] edges, double[] fractions, String label, double flat, double marker,
                                     Axes axes, Path base) {
        if (edges.length != fractions.length + 1) {
            throw new IllegalArgumentException("edges: need " + (fractions.length + 1) + ", got " + edges.length);
        }
        XYChart chart = new XYChartBuilder().width(640).height(420).title(axes.title())
                .xAxisTitle(axes.xTitle()).yAxisTitle(axes.yTitle()).build();
        Charts.style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("0.###");
        chart.getStyler().setXAxisMin(edges[0]);
        chart.getStyler().setXAxisMax(edges[edges.length - 1]);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < fractions.length; i++) {
            double v = Double.isFinite(fractions[i]) ? fractions[i] : 0;
            x.add(edges[i]);
            y.add(v);
            x.add(edges[i + 1]);
            y.add(v);
        }
        XYSeries h = chart.addSeries(label, x, y);
        h.setMarker(SeriesMarkers.NONE);
        h.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        if (Double.isFinite(flat)) {
            chart.addSeries("flat expectation", new double[] {edges[0], edges[edges.length - 1]}, new double[] {flat, flat})
                    .setMarker(SeriesMarkers.NONE);
        }
        if (Double.isFinite(marker)) {
            AnnotationLine line = new AnnotationLine(marker, true, false);
            chart.addAnnotation(line);
            chart.getStyler().setAnnotationLineColor(Color.RED);
            chart.getStyler().setAnnotationLineStroke(new BasicStroke(2.5f));
        }
        return Charts.write(chart, base);
    }

    /** Several step histograms (name -> fractions per bin, same edges; map order = drawing order) as outlines, with a flat line. */
    public static String[] overlay(double[] edges, java.util.Map<String, double[]> fractions, double flat, Axes axes,
                                   Path base) {
        XYChart chart = new XYChartBuilder().width(640).height(420).title(axes.title())
                .xAxisTitle(axes.xTitle()).yAxisTitle(axes.yTitle()).build();
        Charts.style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("0.###");
        chart.getStyler().setXAxisMin(edges[0]);
        chart.getStyler().setXAxisMax(edges[edges.length - 1]);
        for (var f : fractions.entrySet()) {
            double[] bins = f.getValue();
            if (bins.length + 1 != edges.length) {
                throw new IllegalArgumentException("fractions: " + f.getKey() + " needs " + (edges.length - 1) + " bins");
            }
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < bins.length; i++) {
                double v = Double.isFinite(bins[i]) ? bins[i] : 0;
                x.add(edges[i]);
                y.add(v);
                x.add(edges[i + 1]);
                y.add(v);
            }
            XYSeries h = chart.addSeries(f.getKey(), x, y);
            h.setMarker(SeriesMarkers.NONE);
            h.setLineStyle(new BasicStroke(2.2f));
        }
        if (Double.isFinite(flat)) {
            XYSeries line = chart.addSeries("flat expectation", new double[] {edges[0], edges[edges.length - 1]},
                    new double[] {flat, flat});
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(Color.GRAY);
        }
        return Charts.write(chart, base);
    }

    /** A bar chart of one value per category. */
    public static String[] bars(List<String> categories, List<Double> values, String seriesName, Axes axes, Path base) {
        CategoryChart chart = new CategoryChartBuilder().width(640).height(420).title(axes.title())
                .xAxisTitle(axes.xTitle()).yAxisTitle(axes.yTitle()).build();
        Charts.style(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(Double.isFinite(axes.yMin()) ? axes.yMin() : 0.0);
        if (Double.isFinite(axes.yMax())) {
            chart.getStyler().setYAxisMax(axes.yMax());
        }
        List<Double> v = new ArrayList<>();
        for (Double d : values) {
            v.add(d != null && Double.isFinite(d) ? d : 0.0);
        }
        chart.addSeries(seriesName, categories, v);
        return Charts.write(chart, base);
    }
}

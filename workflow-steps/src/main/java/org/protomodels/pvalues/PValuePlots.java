package org.protomodels.pvalues;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.protomodels.plots.Charts;

/** The p-value and significance histograms of the signal regions. */
final class PValuePlots {
    private PValuePlots() {
    }

    /** Weighted p-value histogram (fraction of analyses per bin) with the flat expectation. */
    static List<String> pValues(PValueDistribution d, String title, Path base) {
        XYChart chart = new XYChartBuilder().width(640).height(420).title(title)
                .xAxisTitle("p-value of the signal region").yAxisTitle("weighted fraction of regions").build();
        Charts.style(chart.getStyler());
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0);
        XYSeries hist = step(chart, "regions (" + d.regions() + ")", d);
        hist.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        XYSeries flat = chart.addSeries("flat expectation", List.of(0.0, 1.0),
                List.of(1.0 / PValueDistribution.BINS, 1.0 / PValueDistribution.BINS));
        flat.setMarker(SeriesMarkers.NONE);
        return List.of(Charts.write(chart, base));
    }

    /** Histogram of Z with the standard normal density it should follow. */
    static List<String> significances(List<RegionPValues.Region> regions, String title, Path base) {
        int bins = 24;
        double lo = -4;
        double hi = 4;
        double width = (hi - lo) / bins;
        double[] counts = new double[bins];
        double total = 0;
        for (RegionPValues.Region r : regions) {
            double z = Math.max(lo, Math.min(hi - 1e-9, r.z()));
            counts[(int) ((z - lo) / width)] += r.weight();
            total += r.weight();
        }
        XYChart chart = new XYChartBuilder().width(640).height(420).title(title)
                .xAxisTitle("Z = -Phi^-1(p)").yAxisTitle("density").build();
        Charts.style(chart.getStyler());
        chart.getStyler().setXAxisMin(lo).setXAxisMax(hi).setYAxisMin(0.0);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            double dens = total > 0 ? counts[i] / total / width : 0;
            x.add(lo + i * width);
            y.add(dens);
            x.add(lo + (i + 1) * width);
            y.add(dens);
        }
        XYSeries hist = chart.addSeries("regions", x, y);
        hist.setMarker(SeriesMarkers.NONE);
        hist.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        List<Double> gx = new ArrayList<>();
        List<Double> gy = new ArrayList<>();
        for (int i = 0; i <= 160; i++) {
            double z = lo + i * (hi - lo) / 160;
            gx.add(z);
            gy.add(Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI));
        }
        XYSeries normal = chart.addSeries("standard normal", gx, gy);
        normal.setMarker(SeriesMarkers.NONE);
        return List.of(Charts.write(chart, base));
    }

    /** SM and protomodel p-value histograms in one frame, with the flat expectation. */
    static List<String> pValuesCompared(PValueDistribution sm, PValueDistribution bsm, String title, Path base) {
        XYChart chart = new XYChartBuilder().width(640).height(420).title(title)
                .xAxisTitle("p-value of the signal region").yAxisTitle("weighted fraction of regions").build();
        Charts.style(chart.getStyler());
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0);
        step(chart, "SM (" + sm.regions() + " regions)", sm);
        step(chart, "protomodel", bsm);
        XYSeries flat = chart.addSeries("flat expectation", List.of(0.0, 1.0),
                List.of(1.0 / PValueDistribution.BINS, 1.0 / PValueDistribution.BINS));
        flat.setMarker(SeriesMarkers.NONE);
        return List.of(Charts.write(chart, base));
    }

    /** The weighted p-value histogram of {@code d} as a step line (fractions of regions per bin). */
    private static XYSeries step(XYChart chart, String name, PValueDistribution d) {
        double total = 0;
        for (double w : d.weightedCounts()) {
            total += w;
        }
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < PValueDistribution.BINS; i++) {
            double frac = total > 0 ? d.weightedCounts()[i] / total : 0;
            x.add(d.binEdges()[i]);
            y.add(frac);
            x.add(d.binEdges()[i + 1]);
            y.add(frac);
        }
        XYSeries line = chart.addSeries(name, x, y);
        line.setMarker(SeriesMarkers.NONE);
        return line;
    }

    /**
     * The best-K distribution of the fakes (histogram, density) with its Gaussian KDE and the observed K marked
     * by a vertical line (the mean over the observed runs).
     */
    static List<String> kDistribution(GlobalPValueReport g, Path base) {
        double[] k = g.fakeK();
        double lo = Math.min(g.observedK(), java.util.Arrays.stream(k).min().orElse(0));
        double hi = Math.max(g.observedK(), java.util.Arrays.stream(k).max().orElse(1));
        double pad = Math.max(1e-6, 0.1 * (hi - lo)) + 2 * g.bandwidth();
        lo -= pad;
        hi += pad;
        int bins = Math.max(5, Math.min(40, (int) Math.round(Math.sqrt(k.length))));
        double width = (hi - lo) / bins;
        double[] counts = new double[bins];
        for (double v : k) {
            counts[Math.min(bins - 1, (int) ((v - lo) / width))]++;
        }
        XYChart chart = new XYChartBuilder().width(640).height(420)
                .title(String.format(java.util.Locale.ROOT, "Best K of %d fakes; observed K = %.2f, p = %.3f +- %.3f",
                        k.length, g.observedK(), g.kde(), g.kdeError()))
                .xAxisTitle("K (best of each run)").yAxisTitle("density").build();
        Charts.style(chart.getStyler());
        chart.getStyler().setXAxisMin(lo).setXAxisMax(hi).setYAxisMin(0.0);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        double peak = 0;
        for (int i = 0; i < bins; i++) {
            double dens = counts[i] / k.length / width;
            peak = Math.max(peak, dens);
            x.add(lo + i * width);
            y.add(dens);
            x.add(lo + (i + 1) * width);
            y.add(dens);
        }
        XYSeries hist = chart.addSeries("fakes", x, y);
        hist.setMarker(SeriesMarkers.NONE);
        hist.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        if (g.bandwidth() > 0) {
            List<Double> kx = new ArrayList<>();
            List<Double> ky = new ArrayList<>();
            for (int i = 0; i <= 200; i++) {
                double t = lo + i * (hi - lo) / 200;
                double dens = 0;
                for (double v : k) {
                    double z = (t - v) / g.bandwidth();
                    dens += Math.exp(-0.5 * z * z);
                }
                dens /= k.length * g.bandwidth() * Math.sqrt(2 * Math.PI);
                peak = Math.max(peak, dens);
                kx.add(t);
                ky.add(dens);
            }
            chart.addSeries("Gaussian KDE", kx, ky).setMarker(SeriesMarkers.NONE);
        }
        XYSeries obs = chart.addSeries("observed K", List.of(g.observedK(), g.observedK()), List.of(0.0, 1.05 * peak));
        obs.setMarker(SeriesMarkers.NONE);
        return List.of(Charts.write(chart, base));
    }
}

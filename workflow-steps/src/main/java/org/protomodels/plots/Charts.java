package org.protomodels.plots;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.IChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.protomodels.io.AtomicFiles;
import org.protomodels.step.OutputException;

/** Writes XChart charts as PNG and SVG, atomically, with the project's plot style. */
public final class Charts {
    private Charts() {
    }

    /** House style: white background, readable fonts, no decorations that change between runs. */
    public static void style(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(true);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setAntiAlias(true);
    }

    /** Writes {@code base}.png and {@code base}.svg; returns the file names written. */
    public static String[] write(IChart chart, Path base) {
        String png = base.getFileName() + ".png";
        String svg = base.getFileName() + ".svg";
        try {
            byte[] pngBytes = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            AtomicFiles.write(base.resolveSibling(png), pngBytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            AtomicFiles.write(base.resolveSibling(svg), out.toByteArray());
        } catch (IOException e) {
            throw new OutputException(base + ": cannot write the plot (" + e.getMessage() + ")", e);
        }
        return new String[] {png, svg};
    }
}

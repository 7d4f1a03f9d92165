package org.protomodels.report;

import java.util.List;

/**
 * The report as two documents written side by side, so that summary.md carries the same headings, sentences and
 * tables as index.html (which also has the figures).
 */
final class Doc {
    private final Html html = new Html();
    private final StringBuilder md = new StringBuilder();

    Doc h1(String s) {
        html.text("h1", s);
        md.append("# ").append(s).append("\n\n");
        return this;
    }

    Doc h2(String id, String s) {
        html.raw("<h2 id=\"" + Html.esc(id) + "\">" + Html.esc(s) + "</h2>\n");
        md.append("## ").append(s).append("\n\n");
        return this;
    }

    Doc h3(String s) {
        html.text("h3", s);
        md.append("### ").append(s).append("\n\n");
        return this;
    }

    Doc p(String s) {
        html.text("p", s);
        md.append(s).append("\n\n");
        return this;
    }

    /** The short note of a section whose input is absent. */
    Doc notRun(String s) {
        html.raw("<p class=\"notrun\">").raw(Html.esc(s)).raw("</p>\n");
        md.append("_").append(s).append("_\n\n");
        return this;
    }

    Doc table(String[] header, List<String[]> rows) {
        html.table(header, rows);
        md.append("| ").append(String.join(" | ", escMd(header))).append(" |\n|");
        for (int i = 0; i < header.length; i++) {
            md.append("---|");
        }
        md.append('\n');
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", escMd(r))).append(" |\n");
        }
        md.append('\n');
        return this;
    }

    /** Figures (PNG shown, SVG linked); the markdown lists the file names. */
    Doc figures(List<Figure> figures) {
        if (figures.isEmpty()) {
            return this;
        }
        html.raw("<div class=\"figs\">\n");
        for (Figure f : figures) {
            html.figure(f.png(), f.svg(), f.caption());
            md.append("- figure `").append(f.png()).append("` (`").append(f.svg()).append("`): ").append(f.caption()).append('\n');
        }
        html.raw("</div>\n");
        md.append('\n');
        return this;
    }

    /** A download link (HTML) / file name (markdown). */
    Doc download(String file, String text) {
        html.raw("<p><a class=\"download\" href=\"" + Html.esc(file) + "\" download>" + Html.esc(text) + "</a></p>\n");
        md.append(text).append(": `").append(file).append("`\n\n");
        return this;
    }

    Doc rawHtml(String s) {
        html.raw(s);
        return this;
    }

    String html() {
        return html.toString();
    }

    String markdown() {
        return md.toString();
    }

    private static String[] escMd(String[] cells) {
        String[] out = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = cells[i] == null ? "" : cells[i].replace("|", "\\|").replace("\n", " ");
        }
        return out;
    }

    /** A plot: the PNG shown, the SVG linked, a caption. */
    record Figure(String png, String svg, String caption) {
        Figure {
            if (png == null || !png.endsWith(".png")) {
                throw new IllegalArgumentException("png: must name a .png file, got " + png);
            }
        }

        static Figure of(String[] written, String caption) {
            return new Figure(written[0], written[1], caption);
        }
    }
}

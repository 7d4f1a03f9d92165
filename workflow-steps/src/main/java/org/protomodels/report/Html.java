package org.protomodels.report;

/** Minimal, escaped HTML building (the report needs no template engine). */
final class Html {
    private final StringBuilder sb = new StringBuilder();

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    Html raw(String s) {
        sb.append(s);
        return this;
    }

    Html text(String tag, String text) {
        sb.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** A table with a header row; cells are escaped and wrap (no horizontal scrolling: the page fits the screen). */
    Html table(String[] header, java.util.List<String[]> rows) {
        sb.append("<table>\n<thead><tr>");
        for (String h : header) {
            sb.append("<th>").append(esc(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (String[] r : rows) {
            sb.append("<tr>");
            for (String c : r) {
                sb.append("<td>").append(esc(c)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table>\n");
        return this;
    }

    Html figure(String png, String svg, String caption) {
        sb.append("<figure><a href=\"").append(esc(svg)).append("\"><img src=\"").append(esc(png)).append("\" alt=\"")
                .append(esc(caption)).append("\"></a><figcaption>").append(esc(caption)).append(" <a href=\"")
                .append(esc(svg)).append("\">SVG</a></figcaption></figure>\n");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}

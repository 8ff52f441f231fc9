package dev.zosmfsim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark as a Markdown section: each row names the figure, the simulator's value, the ceiling's
 * value and their ratio where there is a ceiling, the target and whether it is met.
 */
public final class Figures {

    /** One figure. {@code ceiling}, {@code target} and {@code met} may be null where they do not apply. */
    public record Row(String figure, double value, String unit, Double ceiling, String target, Boolean met,
            String note) {

        public Double ratio() {
            return ceiling == null || ceiling == 0 ? null : value / ceiling;
        }
    }

    private final String title;
    private final String method;
    private final List<Row> rows = new ArrayList<>();

    public Figures(String title, String method) {
        this.title = title;
        this.method = method;
    }

    public Figures add(String figure, double value, String unit, Double ceiling, String target, Boolean met,
            String note) {
        rows.add(new Row(figure, value, unit, ceiling, target, met, note));
        return this;
    }

    /** A figure with no ceiling and no target (shown for context). */
    public Figures add(String figure, double value, String unit, String note) {
        return add(figure, value, unit, null, null, null, note);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public Row row(String figure) {
        return rows.stream().filter(row -> row.figure().equals(figure)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure " + figure + " in " + title));
    }

    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(title).append("\n\n").append(method).append("\n\n");
        out.append("| figure | simulator | ceiling | ratio | target | met | note |\n");
        out.append("| --- | ---: | ---: | ---: | --- | --- | --- |\n");
        for (Row row : rows) {
            out.append("| ").append(row.figure())
                    .append(" | ").append(format(row.value())).append(' ').append(row.unit())
                    .append(" | ").append(row.ceiling() == null ? "" : format(row.ceiling()) + " " + row.unit())
                    .append(" | ").append(row.ratio() == null ? "" : String.format(Locale.ROOT, "%.0f %%",
                            row.ratio() * 100))
                    .append(" | ").append(row.target() == null ? "" : row.target())
                    .append(" | ").append(row.met() == null ? "" : row.met() ? "yes" : "**no**")
                    .append(" | ").append(row.note() == null ? "" : row.note())
                    .append(" |\n");
        }
        return out.append('\n').toString();
    }

    public static String format(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}

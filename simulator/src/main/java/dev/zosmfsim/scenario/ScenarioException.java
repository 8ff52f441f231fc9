package dev.zosmfsim.scenario;

/** A scenario that cannot be used, with where and why: {@code file:line:column: field: what was expected}. */
public final class ScenarioException extends RuntimeException {

    private final String source;
    private final int line;
    private final int column;
    private final String field;

    public ScenarioException(String source, int line, int column, String field, String problem) {
        super(format(source, line, column, field, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.field = field;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String field() {
        return field;
    }

    private static String format(String source, int line, int column, String field, String problem) {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (field != null && !field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(problem).toString();
    }
}

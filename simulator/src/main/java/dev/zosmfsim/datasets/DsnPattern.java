package dev.zosmfsim.datasets;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A data set name filter as z/OSMF's {@code dslevel} takes it (the catalog search interface's rules): {@code %} is
 * one character, {@code *} any characters within one qualifier (a qualifier of its own: exactly one qualifier),
 * {@code **} any number of qualifiers. A filter without wildcards names the data set and everything below it.
 */
public final class DsnPattern {

    private final Pattern regex;
    private final String text;

    private DsnPattern(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    public static DsnPattern parse(String filter) {
        if (filter == null || filter.isBlank()) {
            throw new IllegalArgumentException("dslevel is required");
        }
        String text = filter.trim().toUpperCase(Locale.ROOT);
        if (text.length() > 44) {
            throw new IllegalArgumentException("the dslevel " + text + " is longer than 44 characters");
        }
        if (!text.matches("[A-Z0-9@#$%*.-]+") || text.startsWith(".") || text.endsWith(".") || text.contains("..")
                || text.contains("***")) {
            throw new IllegalArgumentException("the dslevel " + text + " is not a valid data set name filter");
        }
        for (String qualifier : text.split("\\.")) {
            if (qualifier.length() > 8 && !qualifier.contains("*")) {
                throw new IllegalArgumentException("the dslevel " + text + " has a qualifier longer than 8 characters");
            }
        }
        boolean wild = text.contains("*") || text.contains("%");
        StringBuilder regex = new StringBuilder();
        String[] qualifiers = text.split("\\.");
        for (int i = 0; i < qualifiers.length; i++) {
            String qualifier = qualifiers[i];
            boolean last = i == qualifiers.length - 1;
            if (qualifier.equals("**")) {
                // zero or more qualifiers, with the period that joins them
                regex.append(i == 0 ? "([^.]+(\\.[^.]+)*)?" : "(\\.[^.]+)*");
                continue;
            }
            if (i > 0) {
                regex.append("\\.");
            }
            regex.append(qualifier.replace("**", "\u0000").replace("*", "[^.]*").replace("%", "[^.]")
                    .replace("\u0000", ".*").replace("$", "\\$").replace("#", "\\#"));
            if (last && !wild) {
                regex.append("(\\..+)?");
            }
        }
        return new DsnPattern(text, Pattern.compile(regex.toString().replace("^\\.", "")));
    }

    public boolean matches(DataSetName name) {
        return regex.matcher(name.value()).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}

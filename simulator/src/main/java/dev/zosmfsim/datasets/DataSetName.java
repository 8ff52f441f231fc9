package dev.zosmfsim.datasets;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A data set name as z/OS allows it: 1 to 44 characters, qualifiers of 1 to 8 characters separated by periods, each
 * starting with a letter or national character (@ # $) and going on with letters, digits, national characters or a
 * hyphen. Names are upper case.
 */
public record DataSetName(String value) implements Comparable<DataSetName> {

    private static final Pattern QUALIFIER = Pattern.compile("[A-Z@#$][A-Z0-9@#$-]{0,7}");
    private static final Pattern MEMBER = Pattern.compile("[A-Z@#$][A-Z0-9@#$]{0,7}");

    public DataSetName {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        value = value.toUpperCase(Locale.ROOT);
    }

    /** Why {@code text} is no data set name, or null when it is one. */
    public static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return "a data set name is required";
        }
        String name = text.toUpperCase(Locale.ROOT);
        if (name.length() > 44) {
            return "the data set name " + name + " is longer than 44 characters";
        }
        for (String qualifier : name.split("\\.", -1)) {
            if (!QUALIFIER.matcher(qualifier).matches()) {
                return "the data set name " + name + " is not valid: each qualifier is 1 to 8 characters,"
                        + " starting with A-Z, @, # or $";
            }
        }
        return null;
    }

    /** Why {@code text} is no member name, or null when it is one. */
    public static String memberProblem(String text) {
        if (text == null || !MEMBER.matcher(text.toUpperCase(Locale.ROOT)).matches()) {
            return "the member name " + text + " is not valid: 1 to 8 characters, starting with A-Z, @, # or $";
        }
        return null;
    }

    /** The high-level qualifier. */
    public String hlq() {
        int dot = value.indexOf('.');
        return dot < 0 ? value : value.substring(0, dot);
    }

    @Override
    public int compareTo(DataSetName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

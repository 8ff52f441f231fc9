package dev.zosmfsim.console;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A sol-key or unsol-key: a plain keyword or, with the -reg flag, a regular expression. */
record KeyMatcher(String key, Pattern pattern) {

    /**
     * How many characters a regular expression may look at in one search. A client's expression can backtrack for
     * ever (say {@code (.*){1,32000}[bc]}); past this budget the request is refused instead of holding a thread.
     */
    static final long MAX_STEPS = 1_000_000;

    static KeyMatcher of(String key, boolean regex) {
        if (!regex) {
            return new KeyMatcher(key, null);
        }
        try {
            return new KeyMatcher(key, Pattern.compile(key));
        } catch (PatternSyntaxException e) {
            throw new ConsoleException(ConsoleException.Kind.BAD_REQUEST, 1, 14,
                    "the keyword '" + key + "' is not a valid regular expression: " + e.getDescription());
        }
    }

    boolean matches(String line) {
        return matchesAny(List.of(line));
    }

    boolean matchesAny(List<String> lines) {
        if (pattern == null) {
            return lines.stream().anyMatch(line -> line.contains(key));
        }
        long[] budget = {MAX_STEPS};
        try {
            return lines.stream().anyMatch(line -> pattern.matcher(new Budgeted(line, budget)).find());
        } catch (Budgeted.Exhausted e) {
            throw new ConsoleException(ConsoleException.Kind.BAD_REQUEST, 1, 14, "the keyword '" + key
                    + "' is a regular expression too costly to match (more than " + MAX_STEPS + " steps)");
        }
    }

    /** A line that counts every character the matcher reads against a budget shared by one search. */
    private record Budgeted(String text, long[] left) implements CharSequence {

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new Exhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), left);
        }

        @Override
        public String toString() {
            return text;
        }

        static final class Exhausted extends RuntimeException {
            Exhausted() {
                super("regular expression budget exhausted", null, false, false);
            }
        }
    }
}

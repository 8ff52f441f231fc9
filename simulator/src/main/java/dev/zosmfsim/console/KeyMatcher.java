package dev.zosmfsim.console;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A sol-key or unsol-key: a plain keyword or, with the -reg flag, a regular expression. */
record KeyMatcher(String key, Pattern pattern) {

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
        return pattern == null ? line.contains(key) : pattern.matcher(line).find();
    }

    boolean matchesAny(List<String> lines) {
        return lines.stream().anyMatch(this::matches);
    }
}

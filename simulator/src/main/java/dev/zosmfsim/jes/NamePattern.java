package dev.zosmfsim.jes;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A job name, owner or job id pattern as the jobs interface takes them: {@code *} stands for any characters (none
 * included), {@code %} for exactly one; matching ignores case.
 */
public record NamePattern(String text, Pattern regex) {

    public static NamePattern of(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        StringBuilder regex = new StringBuilder();
        for (char c : upper.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '%' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return new NamePattern(upper, Pattern.compile(regex.toString()));
    }

    /** Whether the text is a pattern of 1-8 name characters and wildcards (owner, prefix). */
    public static boolean validName(String text) {
        return text != null && text.matches("[A-Za-z0-9@#$*%]{1,8}");
    }

    public boolean matches(String value) {
        return value != null && regex.matcher(value.toUpperCase(Locale.ROOT)).matches();
    }
}

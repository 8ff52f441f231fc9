package dev.zosmfsim.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operands of a RACF command as TSO parses them: positional words ({@code ALTUSER COLIN}) and keywords with or
 * without a value ({@code ID(COLIN)}, {@code TRUST}). Keywords and unquoted values are upper-cased; a quoted value
 * ({@code 'CN=Colin.O=Example'}) keeps its case, with {@code ''} standing for a quote.
 */
public final class RacfOperands {

    private final List<String> positional;
    private final Map<String, String> keywords;

    private RacfOperands(List<String> positional, Map<String, String> keywords) {
        this.positional = positional;
        this.keywords = keywords;
    }

    /** Parses operand text; throws {@link RacfSyntaxException} (with TSO's IKJ message) when it cannot. */
    public static RacfOperands parse(String text) {
        List<String> positional = new ArrayList<>();
        Map<String, String> keywords = new LinkedHashMap<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == ' ' || c == ',') {
                i++;
                continue;
            }
            if (c == '\'') {
                int[] end = new int[1];
                positional.add(quoted(text, i, end));
                i = end[0];
                continue;
            }
            int start = i;
            while (i < length && text.charAt(i) != ' ' && text.charAt(i) != ',' && text.charAt(i) != '(') {
                if (text.charAt(i) == ')' || text.charAt(i) == '\'') {
                    throw new RacfSyntaxException("IKJ56712I INVALID KEYWORD, " + text.substring(start, i + 1));
                }
                i++;
            }
            String word = text.substring(start, i).toUpperCase(Locale.ROOT);
            if (i < length && text.charAt(i) == '(') {
                int close = closingParenthesis(text, i);
                String value = text.substring(i + 1, close).trim();
                if (keywords.containsKey(word)) {
                    throw new RacfSyntaxException("IKJ56702I INVALID " + word + ", IT IS SPECIFIED MORE THAN ONCE");
                }
                keywords.put(word, unquote(value));
                i = close + 1;
            } else if (keywords.containsKey(word)) {
                throw new RacfSyntaxException("IKJ56702I INVALID " + word + ", IT IS SPECIFIED MORE THAN ONCE");
            } else {
                positional.add(word);
                keywords.put(word, null);
            }
        }
        return new RacfOperands(List.copyOf(positional), keywords);
    }

    /** Words given without parentheses, in order (keywords without a value are among them too). */
    public List<String> positional() {
        return positional;
    }

    /** Whether {@code keyword} is given, with or without a value. */
    public boolean has(String keyword) {
        return keywords.containsKey(keyword);
    }

    /** The value of {@code keyword(value)}, if given with one. */
    public Optional<String> value(String keyword) {
        return Optional.ofNullable(keywords.get(keyword));
    }

    /** The keywords given, in order. */
    public List<String> keywords() {
        return List.copyOf(keywords.keySet());
    }

    private static int closingParenthesis(String text, int open) {
        int depth = 0;
        boolean inQuotes = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && c == '(') {
                depth++;
            } else if (!inQuotes && c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new RacfSyntaxException(inQuotes ? "IKJ56703I A QUOTE IS MISSING IN " + text.substring(open)
                : "IKJ56704I A RIGHT PARENTHESIS IS MISSING IN " + text.substring(open));
    }

    /**
     * A quoted value: the text between the quotes, with '' read as one quote. Any other value is upper-cased outside
     * its quotes only, so that a nested operand ({@code DELMAP(LABEL('colinmap'))}) keeps its mixed-case label.
     */
    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")
                && value.substring(1, value.length() - 1).replace("''", "").indexOf('\'') < 0) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        StringBuilder upper = new StringBuilder(value.length());
        boolean inQuotes = false;
        for (char c : value.toCharArray()) {
            if (c == '\'') {
                inQuotes = !inQuotes;
            }
            upper.append(inQuotes ? c : Character.toUpperCase(c));
        }
        return upper.toString();
    }

    private static String quoted(String text, int open, int[] end) {
        StringBuilder value = new StringBuilder();
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                end[0] = i + 1;
                return value.toString();
            }
            value.append(c);
            i++;
        }
        throw new RacfSyntaxException("IKJ56703I A QUOTE IS MISSING IN " + text.substring(open));
    }
}

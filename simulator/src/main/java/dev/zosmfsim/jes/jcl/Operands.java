package dev.zosmfsim.jes.jcl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An operand field split at its top-level commas: positional parameters first, then {@code KEYWORD=value} pairs
 * (keywords upper case; values as written, parentheses and quotes kept).
 */
public record Operands(List<String> positional, Map<String, String> keywords) {

    public static Operands parse(String field) {
        List<String> positional = new ArrayList<>();
        Map<String, String> keywords = new LinkedHashMap<>();
        for (String item : split(field)) {
            int equals = keywordEnd(item);
            if (equals > 0) {
                keywords.put(item.substring(0, equals).toUpperCase(Locale.ROOT), item.substring(equals + 1));
            } else {
                positional.add(item);
            }
        }
        return new Operands(positional, keywords);
    }

    public String keyword(String name) {
        return keywords.get(name);
    }

    /** Splits at commas outside parentheses and quotes. */
    public static List<String> split(String field) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder item = new StringBuilder();
        for (char c : field.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                items.add(item.toString());
                item.setLength(0);
                continue;
            }
            item.append(c);
        }
        if (!item.isEmpty() || !items.isEmpty()) {
            items.add(item.toString());
        }
        return items;
    }

    /** The items of a parenthesized list, or the value itself. */
    public static List<String> list(String value) {
        if (value.startsWith("(") && value.endsWith(")")) {
            return split(value.substring(1, value.length() - 1));
        }
        return List.of(value);
    }

    /** A quoted value without its quotes (doubled quotes made single). */
    public static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }

    /** Where the keyword of {@code KEY=value} ends, or -1 when the item is positional (a quoted text, a list). */
    private static int keywordEnd(String item) {
        int equals = item.indexOf('=');
        if (equals <= 0) {
            return -1;
        }
        String key = item.substring(0, equals);
        return key.matches("[A-Za-z][A-Za-z0-9]*") ? equals : -1;
    }
}

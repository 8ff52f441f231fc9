package dev.zosmfsim.jes.jcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IF statement's expression over the steps that ran before, by recursive descent. {@code RC} is the highest
 * return code so far; {@code ABEND} is true when a step abended; {@code step.RUN} when that step ran. A text it
 * cannot read is false.
 */
final class IfExpression {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\\(|\\)|¬=|\\^=|>=|<=|=|>|<|¬|\\^|&|\\||[A-Z0-9@#$.]+)", Pattern.CASE_INSENSITIVE);

    private final List<String> tokens = new ArrayList<>();
    private final List<StepResult> before;
    private int at;

    IfExpression(String text, List<StepResult> before) {
        this.before = before;
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.lookingAt()) {
            tokens.add(matcher.group(1).toUpperCase(Locale.ROOT));
            matcher.region(matcher.end(), text.length());
        }
    }

    boolean evaluate() {
        try {
            boolean value = or();
            return at == tokens.size() && value;
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return false;
        }
    }

    private boolean or() {
        boolean value = and();
        while (at < tokens.size() && (tokens.get(at).equals("OR") || tokens.get(at).equals("|"))) {
            at++;
            value |= and();
        }
        return value;
    }

    private boolean and() {
        boolean value = not();
        while (at < tokens.size() && (tokens.get(at).equals("AND") || tokens.get(at).equals("&"))) {
            at++;
            value &= not();
        }
        return value;
    }

    private boolean not() {
        String token = tokens.get(at);
        if (token.equals("NOT") || token.equals("¬") || token.equals("^")) {
            at++;
            return !not();
        }
        return primary();
    }

    private boolean primary() {
        String token = tokens.get(at++);
        if (token.equals("(")) {
            boolean value = or();
            at++; // the closing parenthesis
            return value;
        }
        String step = token.contains(".") ? token.substring(0, token.indexOf('.')) : null;
        String keyword = step == null ? token : token.substring(token.indexOf('.') + 1);
        List<StepResult> results = before.stream().filter(r -> step == null || r.stepname().equals(step)).toList();
        switch (keyword) {
            case "RC" -> {
                String operator = tokens.get(at++);
                int code = Integer.parseInt(tokens.get(at++));
                int rc = results.stream().filter(r -> r.ran() && !r.abended()).mapToInt(StepResult::returnCode).max()
                        .orElse(0);
                return compare(rc, operator, code);
            }
            case "ABEND" -> {
                boolean value = results.stream().anyMatch(StepResult::abended);
                return optionalTruth(value);
            }
            case "RUN" -> {
                boolean value = results.stream().anyMatch(StepResult::ran);
                return optionalTruth(value);
            }
            default -> throw new NumberFormatException(keyword);
        }
    }

    /** {@code ABEND = TRUE}, {@code RUN = FALSE}: the optional comparison with TRUE or FALSE. */
    private boolean optionalTruth(boolean value) {
        if (at + 1 < tokens.size() && (tokens.get(at).equals("=") || tokens.get(at).equals("EQ"))) {
            boolean wanted = tokens.get(at + 1).equals("TRUE");
            at += 2;
            return value == wanted;
        }
        return value;
    }

    /** {@code left op right} with JCL's relational operators. */
    static boolean compare(int left, String operator, int right) {
        return switch (operator) {
            case "GT", ">" -> left > right;
            case "GE", ">=" -> left >= right;
            case "LT", "<" -> left < right;
            case "LE", "<=" -> left <= right;
            case "EQ", "=" -> left == right;
            case "NE", "¬=", "^=" -> left != right;
            default -> false;
        };
    }
}

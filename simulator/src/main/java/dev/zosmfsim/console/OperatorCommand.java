package dev.zosmfsim.console;

import java.util.Locale;
import java.util.Map;

/**
 * An operator command split into its verb (normalised to the short form z/OS also accepts) and its operands.
 * {@code DISPLAY TIME} and {@code d t} both have verb {@code D} and operands {@code T}/{@code TIME}.
 */
public record OperatorCommand(String text, String verb, String operands) {

    private static final Map<String, String> VERBS = Map.ofEntries(
            Map.entry("DISPLAY", "D"), Map.entry("D", "D"),
            Map.entry("MODIFY", "F"), Map.entry("F", "F"),
            Map.entry("CANCEL", "C"), Map.entry("C", "C"),
            Map.entry("STOP", "P"), Map.entry("P", "P"),
            Map.entry("START", "S"), Map.entry("S", "S"),
            Map.entry("FORCE", "FORCE"), Map.entry("ROUTE", "RO"), Map.entry("RO", "RO"));

    /** Parses command text; the verb ends at the first blank. Operands are upper-cased as z/OS does. */
    public static OperatorCommand parse(String text) {
        String trimmed = text.strip();
        int blank = trimmed.indexOf(' ');
        String word = (blank < 0 ? trimmed : trimmed.substring(0, blank)).toUpperCase(Locale.ROOT);
        String operands = blank < 0 ? "" : trimmed.substring(blank + 1).strip().toUpperCase(Locale.ROOT);
        return new OperatorCommand(trimmed, VERBS.getOrDefault(word, word), operands);
    }

    private static final Map<String, String> LONG_VERBS = Map.of("D", "DISPLAY", "F", "MODIFY", "C", "CANCEL",
            "P", "STOP", "S", "START", "$D", "DISPLAY");
    /** What a DISPLAY shows, by the short forms of its first operand, as the resource names spell them. */
    private static final Map<String, String> DISPLAYED = Map.of("T", "TIME", "A", "JOB", "J", "JOB", "TS", "JOB");

    /**
     * The OPERCMDS resource name that protects the command, as z/OS MVS System Commands' table forms it:
     * {@code MVS.DISPLAY.TIME}, {@code MVS.DISPLAY.JOB} (D A, D J, D TS), {@code MVS.START.STC.IZUSVR1.IZUSVR1}
     * and likewise MODIFY and STOP of a started task (member and job name, which the simulator's tasks share);
     * a JES2 command is {@code JES2.DISPLAY.<what>}. CANCEL's processor names its own.
     */
    public String resource() {
        String first = firstOperandName();
        String longVerb = LONG_VERBS.getOrDefault(verb, verb.replace("$", ""));
        if (verb.startsWith("$")) {
            return "JES2." + longVerb + (first.isEmpty() ? "" : "." + first);
        }
        if (verb.equals("F") || verb.equals("P") || verb.equals("S")) {
            return "MVS." + longVerb + (first.isEmpty() ? "" : ".STC." + first + "." + first);
        }
        return "MVS." + longVerb + (first.isEmpty() ? "" : "." + DISPLAYED.getOrDefault(first, first));
    }

    /**
     * The first operand, up to a blank, comma, equals sign or parenthesis, with only what a resource name may hold
     * (A-Z, 0-9, @ # $ *); by hand rather than by regular expressions, as every command issued asks for it.
     */
    private String firstOperandName() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < operands.length(); i++) {
            char c = operands.charAt(i);
            if (c == ' ' || c == ',' || c == '=' || c == '(') {
                break;
            }
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '@' || c == '#' || c == '$' || c == '*') {
                name.append(c);
            }
        }
        return name.toString();
    }

    /** The first word of the command as typed, upper case (IEE305I names it). */
    public String firstWord() {
        int blank = text.indexOf(' ');
        return (blank < 0 ? text : text.substring(0, blank)).toUpperCase(Locale.ROOT);
    }
}

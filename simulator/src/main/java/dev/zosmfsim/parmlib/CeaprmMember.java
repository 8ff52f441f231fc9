package dev.zosmfsim.parmlib;

import dev.zosmfsim.cea.CeaParameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CEAPRMxx as text: {@code TSOASMGR(MAXSESSIONS(n) MAXSESSPERUSER(n) RECONSESSIONS(n) RECONTIME(hh:mm:ss))}, with
 * comments; other statements (such as BRANCH or SNAPSHOT) are passed over. What does not parse is refused with the
 * messages the system writes for a parmlib member, naming the line, the column and what was seen.
 */
public final class CeaprmMember {

    private static final List<String> KEYWORDS = List.of("MAXSESSIONS", "MAXSESSPERUSER", "RECONSESSIONS",
            "RECONTIME");
    private static final Pattern TOKEN = Pattern.compile("\\s*(\\(|\\)|,|[^\\s(),]+)");

    private CeaprmMember() {
    }

    /** The member's text for {@code parameters}. */
    public static String format(CeaParameters parameters) {
        Duration recon = parameters.reconTime();
        return "/* CEAPRM" + parameters.member() + ": CEA TSO address space manager */\n"
                + "TSOASMGR(\n"
                + "  MAXSESSIONS(" + parameters.maxSessions() + ")\n"
                + "  MAXSESSPERUSER(" + parameters.maxSessionsPerUser() + ")\n"
                + "  RECONSESSIONS(" + parameters.reconSessions() + ")\n"
                + String.format(Locale.ROOT, "  RECONTIME(%02d:%02d:%02d)%n", recon.toHours(), recon.toMinutesPart(),
                        recon.toSecondsPart()).replace(System.lineSeparator(), "\n")
                + ")\n";
    }

    private record Token(String text, int line, int column, String lineText) {
    }

    /** Parses CEAPRM{@code suffix}'s lines; what it does not set stays as on a fresh system. */
    public static CeaParameters parse(String suffix, List<String> lines) {
        List<Token> tokens = tokens(lines);
        CeaParameters defaults = CeaParameters.defaults();
        int maxSessions = defaults.maxSessions();
        int perUser = defaults.maxSessionsPerUser();
        int recon = defaults.reconSessions();
        Duration reconTime = defaults.reconTime();
        String member = "CEAPRM" + suffix;
        int at = 0;
        while (at < tokens.size()) {
            Token statement = tokens.get(at++);
            if (!statement.text().matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw error(member, statement, "STATEMENT NAME");
            }
            expect(member, tokens, at++, "(", statement);
            if (!statement.text().equalsIgnoreCase("TSOASMGR")) {
                at = skipToClose(member, tokens, at, statement);
                continue;
            }
            while (true) {
                if (at >= tokens.size()) {
                    throw end(member, statement);
                }
                Token keyword = tokens.get(at++);
                if (keyword.text().equals(")")) {
                    break;
                }
                if (keyword.text().equals(",")) {
                    continue;
                }
                String name = keyword.text().toUpperCase(Locale.ROOT);
                if (!KEYWORDS.contains(name)) {
                    throw error(member, keyword, String.join(" ", KEYWORDS) + " )");
                }
                expect(member, tokens, at++, "(", keyword);
                if (at >= tokens.size()) {
                    throw end(member, keyword);
                }
                Token value = tokens.get(at++);
                expect(member, tokens, at++, ")", value);
                if (name.equals("RECONTIME")) {
                    Matcher time = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})").matcher(value.text());
                    if (!time.matches() || Integer.parseInt(time.group(2)) > 59 || Integer.parseInt(time.group(3)) > 59) {
                        throw invalid(member, value, "RECONTIME MUST BE HH:MM:SS");
                    }
                    reconTime = Duration.ofHours(Long.parseLong(time.group(1)))
                            .plusMinutes(Long.parseLong(time.group(2))).plusSeconds(Long.parseLong(time.group(3)));
                    continue;
                }
                if (!value.text().matches("\\d{1,5}")) {
                    throw invalid(member, value, name + " MUST BE A NUMBER FROM 0 TO 99999");
                }
                int number = Integer.parseInt(value.text());
                switch (name) {
                    case "MAXSESSIONS" -> maxSessions = number;
                    case "MAXSESSPERUSER" -> perUser = number;
                    default -> recon = number;
                }
            }
        }
        return new CeaParameters(suffix, maxSessions, perUser, recon, reconTime);
    }

    private static List<Token> tokens(List<String> lines) {
        List<Token> tokens = new ArrayList<>();
        boolean comment = false;
        for (int number = 0; number < lines.size(); number++) {
            String line = lines.get(number);
            // columns 72-80 of a parmlib record are sequence numbers, not statements
            String text = line.length() > 71 ? line.substring(0, 71) : line;
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                if (!comment && text.startsWith("/*", i)) {
                    comment = true;
                    i++;
                } else if (comment && text.startsWith("*/", i)) {
                    comment = false;
                    i++;
                    kept.append("  ");
                    continue;
                }
                kept.append(comment ? ' ' : text.charAt(i));
            }
            Matcher matcher = TOKEN.matcher(kept);
            while (matcher.find()) {
                tokens.add(new Token(matcher.group(1), number + 1, matcher.start(1) + 1, line.stripTrailing()));
            }
        }
        return tokens;
    }

    private static void expect(String member, List<Token> tokens, int at, String wanted, Token after) {
        if (at >= tokens.size()) {
            throw end(member, after);
        }
        if (!tokens.get(at).text().equals(wanted)) {
            throw error(member, tokens.get(at), wanted);
        }
    }

    private static int skipToClose(String member, List<Token> tokens, int at, Token statement) {
        int depth = 1;
        while (at < tokens.size()) {
            String text = tokens.get(at++).text();
            depth += text.equals("(") ? 1 : text.equals(")") ? -1 : 0;
            if (depth == 0) {
                return at;
            }
        }
        throw end(member, statement);
    }

    private static ParmlibSyntaxException error(String member, Token seen, String wanted) {
        return new ParmlibSyntaxException(List.of(" CEA0503E SYNTAX ERROR IN PARMLIB MEMBER=" + member + " ON LINE "
                + seen.line() + ", POSITION " + seen.column() + ": " + seen.text().toUpperCase(Locale.ROOT)
                + " WAS SEEN, WHERE ONE OF (" + wanted + ") WOULD BE CORRECT. INPUT LINE: " + seen.lineText()));
    }

    private static ParmlibSyntaxException invalid(String member, Token value, String why) {
        return new ParmlibSyntaxException(List.of(" CEA0504E ERROR IN PARMLIB MEMBER=" + member + " ON LINE "
                + value.line() + ", POSITION " + value.column() + ": VALUE IS NOT VALID - " + why + ". INPUT LINE: "
                + value.lineText()));
    }

    private static ParmlibSyntaxException end(String member, Token last) {
        return new ParmlibSyntaxException(List.of(" CEA0505E PARMLIB MEMBER=" + member + " ENDS BEFORE ITS STATEMENT"
                + " IS COMPLETE: ) EXPECTED AFTER LINE " + last.line() + ". INPUT LINE: " + last.lineText()));
    }
}

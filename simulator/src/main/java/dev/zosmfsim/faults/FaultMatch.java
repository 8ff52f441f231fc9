package dev.zosmfsim.faults;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which requests a rule applies to. Every part is optional; a request matches when it matches every part given.
 * {@code path} and {@code command} are regular expressions matched against the whole text ({@code command} without
 * regard to case); the others compare exactly (userid, console and method without regard to case).
 */
public record FaultMatch(String method, Pattern path, FaultService service, String userid, String console,
        Pattern command) {

    /** Matches every request. */
    public static FaultMatch any() {
        return new FaultMatch(null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return method == null && path == null && service == null && userid == null && console == null && command == null;
    }

    public boolean matches(RequestFacts request) {
        return (method == null || method.equalsIgnoreCase(request.method()))
                && (path == null || path.matcher(request.path()).matches())
                && (service == null || service == request.service())
                && (userid == null || userid.equalsIgnoreCase(nullToEmpty(request.userid())))
                && (console == null || console.equalsIgnoreCase(nullToEmpty(request.console())))
                && (command == null || (request.command() != null && command.matcher(request.command()).matches()));
    }

    /** Compiles a command pattern the way rules use it: whole text, any case. */
    public static Pattern commandPattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT);
    }
}

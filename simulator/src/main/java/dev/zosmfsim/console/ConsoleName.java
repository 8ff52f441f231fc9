package dev.zosmfsim.console;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * EMCS console names. A name is 2-8 characters of A-Z, 0-9, @, # and $, not starting with a digit. The name
 * {@code defcn} is reserved: it stands for the console named after the logged-on user, the userid cut to 6
 * characters followed by {@code CN} (ZOSMFAD becomes ZOSMFACN).
 */
public final class ConsoleName {

    public static final String DEFAULT = "defcn";
    private static final Pattern NAME = Pattern.compile("[A-Z@#$][A-Z0-9@#$]{1,7}");

    private ConsoleName() {
    }

    /** The console name a request path means for {@code userid}, upper case; throws if it is not a valid name. */
    public static String resolve(String pathName, String userid) {
        if (DEFAULT.equalsIgnoreCase(pathName)) {
            String base = userid.length() > 6 ? userid.substring(0, 6) : userid;
            return base.toUpperCase(Locale.ROOT) + "CN";
        }
        String upper = pathName.toUpperCase(Locale.ROOT);
        if (!NAME.matcher(upper).matches()) {
            throw new InvalidConsoleNameException(pathName);
        }
        return upper;
    }

    /** Thrown for a console name that z/OS would not accept. */
    public static final class InvalidConsoleNameException extends IllegalArgumentException {
        public InvalidConsoleNameException(String name) {
            super("console name '" + name.replaceAll("[^\\x20-\\x7E]", "?") + "' is not valid: it must be 2 to 8 characters of A-Z, 0-9, @, # or $,"
                    + " not starting with a digit");
        }
    }
}

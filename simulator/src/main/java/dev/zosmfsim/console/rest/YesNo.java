package dev.zosmfsim.console.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** The console services' flags: the strings {@code "Y"} and {@code "N"} (any case), never a JSON boolean. */
enum YesNo {
    Y, N;

    @JsonCreator
    static YesNo of(String text) {
        if (text != null) {
            switch (text.toUpperCase(Locale.ROOT)) {
                case "Y":
                    return Y;
                case "N":
                    return N;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("must be \"Y\" or \"N\", got \"" + text + "\"");
    }

    static boolean isYes(YesNo flag, boolean absent) {
        return flag == null ? absent : flag == Y;
    }
}

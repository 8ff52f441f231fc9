package dev.zosmfsim.console.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Duration;

/** A whole number of seconds from 1 to 999999, given as a JSON number or a string of digits (IBM documents strings). */
record WholeSeconds(Duration duration) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static WholeSeconds of(Object value) {
        String text = value instanceof Integer || value instanceof Long ? value.toString()
                : value instanceof String string ? string.trim() : "";
        if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < 1) {
            throw new IllegalArgumentException("must be a whole number of seconds from 1 to 999999");
        }
        return new WholeSeconds(Duration.ofSeconds(Long.parseLong(text)));
    }

    static Duration or(WholeSeconds given, Duration absent) {
        return given == null ? absent : given.duration();
    }
}

package dev.zosmfsim.console.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.zosmfsim.http.RequestBodies;
import java.time.Duration;

/** A whole number of seconds from 1 to 999999, given as a JSON number or a string of digits (IBM documents strings). */
record WholeSeconds(Duration duration) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static WholeSeconds of(Object value) {
        Integer seconds = RequestBodies.wholeNumber(value, 6);
        if (seconds == null || seconds < 1) {
            throw new IllegalArgumentException("must be a whole number of seconds from 1 to 999999");
        }
        return new WholeSeconds(Duration.ofSeconds(seconds));
    }

    static Duration or(WholeSeconds given, Duration absent) {
        return given == null ? absent : given.duration();
    }
}

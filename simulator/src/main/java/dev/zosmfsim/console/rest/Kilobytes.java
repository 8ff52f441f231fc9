package dev.zosmfsim.console.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.zosmfsim.http.RequestBodies;

/** The console's message storage, {@code storage}: 1 to 2000 kilobytes, as a JSON number or a string of digits. */
record Kilobytes(int value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Kilobytes of(Object given) {
        Integer value = RequestBodies.wholeNumber(given, 4);
        if (value == null || value < 1 || value > 2000) {
            throw new IllegalArgumentException("must be a number of kilobytes from 1 to 2000");
        }
        return new Kilobytes(value);
    }
}

package dev.zosmfsim.console.rest;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The console's message storage, {@code storage}: 1 to 2000 kilobytes, as a JSON number or a string of digits. */
record Kilobytes(int value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Kilobytes of(Object given) {
        String text = given instanceof Integer || given instanceof Long ? given.toString()
                : given instanceof String string ? string : "";
        if (!text.matches("\\d{1,4}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 2000) {
            throw new IllegalArgumentException("must be a number of kilobytes from 1 to 2000");
        }
        return new Kilobytes(Integer.parseInt(text));
    }
}

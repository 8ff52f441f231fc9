package dev.zosmfsim.http;

import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What Javalin's validators found wrong with a request's parameters, in words for a client. */
final class QueryProblems {

    private QueryProblems() {
    }

    /** "The query parameter rsize must be a number from 0 to 2096128, got 'abc'." for each parameter at fault. */
    static String describe(ValidationException problem) {
        return problem.getErrors().entrySet().stream().map(QueryProblems::sentence).collect(Collectors.joining(" "));
    }

    private static String sentence(Map.Entry<String, List<ValidationError<Object>>> entry) {
        ValidationError<Object> first = entry.getValue().get(0);
        String message = first.getMessage();
        Object value = first.value;
        String given = value == null ? "" : ", got '" + ZosmfError.printable(String.valueOf(value)) + "'";
        return "The query parameter " + entry.getKey() + " " + (message.equals("NULLCHECK_FAILED")
                ? "is required" : message) + given + ".";
    }
}

package dev.zosmfsim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Function;

/** Reads JSON request bodies strictly and turns every problem into the calling service's z/OSMF error. */
public final class RequestBodies {

    /** Builds a 400 error in the shape of the z/OSMF core services. */
    public static final Function<String, ZosmfError> CORE = Errors::badRequest;

    private RequestBodies() {
    }

    /** z/OSMF's console services' words for a body that is not JSON by its Content-Type. */
    public static final String NOT_JSON_CONTENT = "The Content-Type cannot be handled, 'application/json' is expected.";

    /**
     * The body as a JSON object; a Content-Type other than application/json, an empty body, malformed JSON (trailing
     * text and repeated fields included) or a non-object is a bad request.
     */
    public static JsonNode object(Context ctx, JsonWriter json, Function<String, ZosmfError> error) {
        requireJsonContent(ctx, error);
        String text = text(ctx);
        if (text.isBlank()) {
            throw error.apply("the request body is empty; a JSON object is expected");
        }
        JsonNode node;
        try {
            node = json.readObject(text);
        } catch (JsonProcessingException e) {
            throw error.apply("the request body is not valid JSON: " + JsonWriter.problem(e));
        }
        if (node == null || !node.isObject()) {
            throw error.apply("the request body must be a JSON object");
        }
        return node;
    }

    /**
     * The body bound to {@code type}: what {@link #object} refuses is refused the same way, with {@code error};
     * what does not fit the record is a {@link JsonWriter.BindingProblem}. A body that starts as an object is read
     * and bound in one pass; anything else goes the long way, for {@link #object}'s own words about it.
     */
    public static <T> T read(Context ctx, JsonWriter json, Class<T> type, Function<String, ZosmfError> error) {
        requireJsonContent(ctx, error);
        String text = text(ctx);
        if (!startsAsObject(text)) {
            return json.bind(object(ctx, json, error), type);
        }
        try {
            return json.read(text, type);
        } catch (JsonProcessingException e) {
            throw error.apply("the request body is not valid JSON: " + JsonWriter.problem(e));
        }
    }

    /** Whether the first character after JSON's white space opens an object. */
    private static boolean startsAsObject(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return c == '{';
            }
        }
        return false;
    }

    /** Refuses a body whose Content-Type is missing or not application/json (a charset parameter may follow). */
    public static void requireJsonContent(Context ctx, Function<String, ZosmfError> error) {
        if (!isJson(ctx.header("Content-Type"))) {
            throw error.apply(NOT_JSON_CONTENT);
        }
    }

    /** Whether a Content-Type names JSON, with or without parameters such as a charset; false when absent. */
    public static boolean isJson(String contentType) {
        String media = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json");
    }

    /**
     * The body as text, read at most to {@link ZosmfServer#MAX_REQUEST_BYTES}: a larger one is refused with 413, by
     * its Content-Length before anything is read, or as soon as a chunked body passes the limit. A body the client
     * does not finish sending is a bad request, not a failure of the simulator.
     */
    public static String text(Context ctx) {
        if (ctx.req().getContentLengthLong() > ZosmfServer.MAX_REQUEST_BYTES) {
            throw Errors.tooLarge(ZosmfServer.MAX_REQUEST_BYTES);
        }
        try {
            return ctx.body();
        } catch (IllegalArgumentException e) {
            // the Content-Type names a charset Java does not know or cannot even read as a name
            throw new UnreadableBody("the request body's charset, in Content-Type '"
                    + ZosmfError.printable(String.valueOf(ctx.header("Content-Type"))) + "', is not one z/OSMF can read;"
                    + " send UTF-8");
        } catch (HttpResponseException e) {
            if (e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
                throw Errors.tooLarge(ZosmfServer.MAX_REQUEST_BYTES);
            }
            throw e;
        } catch (UncheckedIOException e) {
            throw Errors.bodyNotReceived();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // Javalin (Kotlin) lets the servlet's IOException through unchecked: the client stopped sending
            if (e instanceof IOException) {
                throw Errors.bodyNotReceived();
            }
            throw new IllegalStateException(e);
        }
    }

    /**
     * The string at {@code pointer} (such as {@code /cmd}) in a JSON body, or null when the body is not JSON, has no
     * such string or is empty: a look at the body for fault rules, which never refuses it. A body past the size limit
     * or not received in full is refused here, before any rule or handler.
     */
    public static String peekString(Context ctx, JsonWriter json, String pointer) {
        if (ctx.contentLength() == 0) {
            return null;
        }
        try {
            JsonNode body = json.readObject(text(ctx));
            JsonNode value = body == null ? null : body.at(pointer);
            return value != null && value.isTextual() ? value.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A body the server cannot decode: answered as a bad request in the shape of the service it was sent to. */
    public static final class UnreadableBody extends RuntimeException {
        UnreadableBody(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * A whole number as z/OSMF's bodies give them, a JSON integer or a string of at most {@code maxDigits} ASCII
     * digits; null when {@code given} is neither (a fraction, a sign, another type).
     */
    public static Integer wholeNumber(Object given, int maxDigits) {
        String text = given instanceof Integer || given instanceof Long ? given.toString()
                : given instanceof String string ? string.trim() : "";
        return text.matches("\\d{1," + maxDigits + "}") ? Integer.valueOf(text) : null;
    }

}

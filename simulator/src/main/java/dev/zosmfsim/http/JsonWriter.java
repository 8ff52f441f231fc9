package dev.zosmfsim.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.Context;
import java.util.stream.Collectors;

/** One JSON mapper per server (thread-safe, made once), and the only place that writes JSON responses. */
public final class JsonWriter {

    /** Set on a request once this writer answered it, so that error handlers leave the answer alone. */
    static final String ANSWERED = "zosmf-sim.answered";

    private final ObjectMapper mapper = new ObjectMapper();
    /** Request bodies are read strictly: text after the JSON value, or a field given twice, makes them malformed. */
    private final ObjectReader strictReader = mapper.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    /**
     * Binds request bodies to records: unknown fields are refused, and a number or a boolean is never read as a
     * string (nor a string as a number), so that a wrong type is a bad request and not a silent conversion.
     */
    private final ObjectMapper binder = binder();
    /** The binder reading text itself: a field given twice is malformed, as for {@link #strictReader}. */
    private final ObjectReader strictBinder = binder.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    /** {@link #strictBinder} for each record bodies are bound to, made once: making one costs a lookup per body. */
    private final java.util.Map<Class<?>, ObjectReader> readers = new java.util.concurrent.ConcurrentHashMap<>();

    private static ObjectMapper binder() {
        ObjectMapper strict = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean}) {
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String}) {
                strict.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        // a string stays a string, an integer an integer: only the mismatches above fail
        strict.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        strict.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert);
        strict.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        strict.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
        return strict;
    }

    /** A request body that is JSON but does not fit the record it is bound to. */
    public static final class BindingProblem extends RuntimeException {
        private final String field;

        BindingProblem(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        /** The field at fault (dotted for nested ones), or null. */
        public String field() {
            return field;
        }
    }

    /**
     * Binds a body already read as JSON to {@code type}. What does not fit (an unknown field, a wrong type, a value
     * a field's own type refuses) is a {@link BindingProblem} whose message names the field and never a Java class.
     */
    public <T> T bind(JsonNode body, Class<T> type) {
        try {
            return binder.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw bindingProblem(e);
        } catch (IllegalArgumentException e) {
            throw new BindingProblem(null, e.getMessage());
        }
    }

    /**
     * Reads a JSON object's text and binds it to {@code type} in one pass, as strictly as {@link #readObject} and
     * {@link #bind} one after the other (the request path reads its body once instead of building a tree first).
     * Text that is not JSON (trailing text and repeated fields included) is a {@link JsonProcessingException};
     * what does not fit is a {@link BindingProblem}.
     */
    public <T> T read(String text, Class<T> type) throws JsonProcessingException {
        try (JsonParser parser = strictBinder.createParser(text)) {
            T value = readers.computeIfAbsent(type, strictBinder::forType).readValue(parser);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new JsonParseException(parser, "Trailing token (of type " + after + ") found after value");
            }
            return value;
        } catch (JsonParseException | StreamConstraintsException malformed) {
            // as readObject would have found them: text that is not JSON, or longer or deeper than JSON is taken
            throw malformed;
        } catch (JsonProcessingException e) {
            throw bindingProblem(e);
        } catch (IllegalArgumentException e) {
            throw new BindingProblem(null, e.getMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // text in memory is never unreadable
        }
    }

    private static BindingProblem bindingProblem(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream().map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : null;
        if (e instanceof UnrecognizedPropertyException) {
            return new BindingProblem(field, "the field '" + field + "' is not known");
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException refused && refused.getMessage() != null) {
            return new BindingProblem(field, "the field '" + field + "' " + refused.getMessage());
        }
        if (e instanceof MismatchedInputException mismatch && field != null) {
            Class<?> expected = mismatch.getTargetType();
            return new BindingProblem(field, "the field '" + field + "' must be " + (expected == null
                    ? "of another type" : Number.class.isAssignableFrom(expected) || expected == int.class
                    || expected == long.class ? "a number" : expected == String.class ? "a string"
                    : expected == Boolean.class || expected == boolean.class ? "true or false"
                    : "of another form"));
        }
        return new BindingProblem(field, problem(e));
    }

    /** Answers with an error in its own shape and status. */
    public void write(Context ctx, ZosmfError error) {
        write(ctx, error.status(), error.body());
    }

    public void write(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(mapper.writeValueAsBytes(body));
            ctx.attribute(ANSWERED, Boolean.TRUE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response body", e);
        }
    }

    /** Parses a request body as a JSON object; throws {@code badRequest} errors in the caller's shape. */
    public JsonNode readObject(String text) throws JsonProcessingException {
        return strictReader.readTree(text);
    }

    /**
     * Jackson's words for a body it could not read, for a client: the first sentence, without the Java types and
     * parser settings it names.
     */
    public static String problem(JsonProcessingException e) {
        String text = String.valueOf(e.getOriginalMessage());
        text = text.replaceAll("\\s*\\(bound as [^)]*\\)", "").replaceAll(":\\s*not allowed as per `[^`]*`", "")
                .replaceAll("\\s*\\(start marker at [^)]*\\)\\)?", "")
                .replaceAll("`?[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*){2,}`?", "a value");
        int lineBreak = text.indexOf('\n');
        return lineBreak < 0 ? text : text.substring(0, lineBreak);
    }

    /** Whether this writer answered the request (and not, say, Javalin's own error text). */
    public static boolean answered(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(ANSWERED));
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}

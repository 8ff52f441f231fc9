package dev.zosmfsim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;

/** One JSON mapper per server (thread-safe, made once), and the only place that writes JSON responses. */
final class JsonWriter {

    /** Set on a request once this writer answered it, so that error handlers leave the answer alone. */
    static final String ANSWERED = "zosmf-sim.answered";

    private final ObjectMapper mapper = new ObjectMapper();
    /** Request bodies are read strictly: text after the JSON value, or a field given twice, makes them malformed. */
    private final ObjectReader strictReader = mapper.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    void write(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(mapper.writeValueAsBytes(body));
            ctx.attribute(ANSWERED, Boolean.TRUE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response body", e);
        }
    }

    /** Parses a request body as a JSON object; throws {@code badRequest} errors in the caller's shape. */
    JsonNode readObject(String text) throws JsonProcessingException {
        return strictReader.readTree(text);
    }

    /**
     * Jackson's words for a body it could not read, for a client: the first sentence, without the Java types and
     * parser settings it names.
     */
    static String problem(JsonProcessingException e) {
        String text = String.valueOf(e.getOriginalMessage());
        text = text.replaceAll("\\s*\\(bound as [^)]*\\)", "").replaceAll(":\\s*not allowed as per `[^`]*`", "")
                .replaceAll("\\s*\\(start marker at [^)]*\\)\\)?", "")
                .replaceAll("`?[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*){2,}`?", "a value");
        int lineBreak = text.indexOf('\n');
        return lineBreak < 0 ? text : text.substring(0, lineBreak);
    }

    /** Whether this writer answered the request (and not, say, Javalin's own error text). */
    static boolean answered(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(ANSWERED));
    }

    ObjectMapper mapper() {
        return mapper;
    }
}

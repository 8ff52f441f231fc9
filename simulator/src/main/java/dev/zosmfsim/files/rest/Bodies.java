package dev.zosmfsim.files.rest;

import dev.zosmfsim.http.Errors;
import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The raw bodies of uploads: bytes, at most the server's request limit, and text in the charset they name. */
final class Bodies {

    /** The largest upload taken, as for every request body. */
    static final long MAX_BYTES = 1_048_576;

    private Bodies() {
    }

    static byte[] bytes(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BYTES) {
            throw Errors.tooLarge(MAX_BYTES);
        }
        byte[] body;
        try {
            body = ctx.bodyAsBytes();
        } catch (RuntimeException e) {
            throw Errors.bodyNotReceived();
        }
        if (body.length > MAX_BYTES) {
            throw Errors.tooLarge(MAX_BYTES);
        }
        return body;
    }

    /**
     * A JSON object body, whatever the Content-Type says: the Zowe SDK sends a create's attributes with none, and
     * z/OSMF takes them. What is not a JSON object is a bad request.
     */
    static com.fasterxml.jackson.databind.JsonNode object(Context ctx, dev.zosmfsim.http.JsonWriter json) {
        String text = new String(bytes(ctx), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw FilesError.badRequest("The request body is empty; a JSON object is expected.");
        }
        com.fasterxml.jackson.databind.JsonNode node;
        try {
            node = json.readObject(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw FilesError.badRequest("The request body is not valid JSON: "
                    + dev.zosmfsim.http.JsonWriter.problem(e));
        }
        if (node == null || !node.isObject()) {
            throw FilesError.badRequest("The request body must be a JSON object.");
        }
        return node;
    }

    /** The text of an upload, decoded by the Content-Type's charset (UTF-8 when it names none). */
    static String text(Context ctx) {
        byte[] body = bytes(ctx);
        String type = ctx.header("Content-Type");
        Charset charset = StandardCharsets.UTF_8;
        if (type != null) {
            for (String part : type.split(";")) {
                String[] pair = part.trim().split("=", 2);
                if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                    charset = DataType.charset(pair[1].trim().replace("\"", ""));
                }
            }
        }
        return new String(body, charset);
    }
}

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

package dev.zosmfsim.http;

import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import java.util.List;

/**
 * Javalin's gzip compression of answers, as it comes (answers of 1,500 bytes and more, to a client that accepts
 * gzip), made cheaper to decide: Javalin asks on every answer whether its content type may be compressed, first by
 * looking the type up among the allowed ones, then by searching it for each of ten excluded types. The content types
 * the simulator writes, none of them excluded, are named as allowed, so that the usual answer is decided by the
 * lookup. Which answers are compressed does not change.
 */
final class Compression {

    /** The content types the simulator's routes write, exactly as they set them, and Javalin's one allowed type. */
    static final List<String> ALLOWED = List.of("application/json", "application/json;charset=utf-8",
            "text/plain; charset=UTF-8", "text/plain; charset=utf-8", "text/plain;charset=utf-8",
            "application/octet-stream", "application/yaml; charset=utf-8", "image/svg+xml");

    private Compression() {
    }

    /** A new strategy for one server (Javalin's shared default is left alone). */
    static CompressionStrategy gzip() {
        CompressionStrategy strategy = new CompressionStrategy(null, new Gzip());
        strategy.setAllowedMimeTypes(ALLOWED);
        return strategy;
    }
}

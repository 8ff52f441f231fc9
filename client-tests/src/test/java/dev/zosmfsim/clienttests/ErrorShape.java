package dev.zosmfsim.clienttests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/** The JSON error bodies z/OSMF answers with; each service has its own, the web server and filters theirs. */
enum ErrorShape {

    /** The console services: {@code {"reason", "return-code", "reason-code"}}. */
    CONSOLE {
        @Override
        boolean matches(JsonNode body) {
            return fields(body).equals(Set.of("reason", "return-code", "reason-code"))
                    && body.get("reason").isTextual() && body.get("return-code").isInt()
                    && body.get("reason-code").isInt();
        }
    },
    /** Core services, authentication, the web server and the admin API: returnCode, reasonCode, message. */
    CORE {
        @Override
        boolean matches(JsonNode body) {
            return fields(body).equals(Set.of("returnCode", "reasonCode", "message"))
                    && body.get("returnCode").isInt() && body.get("reasonCode").isInt()
                    && body.get("message").isTextual() && body.get("message").asText().matches("[A-Z]{4}\\d{3,4}[A-Z] .+");
        }
    },
    /** The simulator's admin API: the core shape with the simulator's own message ids, ZSIMnnnE. */
    ADMIN {
        @Override
        boolean matches(JsonNode body) {
            return CORE.matches(body) && body.get("message").asText().matches("ZSIM\\d{3}E .+");
        }
    },
    /**
     * The web server's own refusals, made before any service reads the request (a body too large, a request it
     * cannot read): the core shape with an IZUG8nn message, whichever service the request was for.
     */
    WEB_SERVER {
        @Override
        boolean matches(JsonNode body) {
            return CORE.matches(body) && body.get("message").asText().matches("IZUG8\\d\\d[A-Z] .+");
        }
    },
    /** The TSO/E address space services: ver and msgData entries with messageId and messageText. */
    TSO {
        @Override
        boolean matches(JsonNode body) {
            JsonNode messages = body.path("msgData");
            if (!body.path("ver").asText().equals("0100") || !messages.isArray() || messages.isEmpty()) {
                return false;
            }
            for (JsonNode message : messages) {
                String id = message.path("messageId").asText();
                if (!id.matches("IZUG\\d{3,4}[A-Z]") || !message.path("messageText").asText().startsWith(id)) {
                    return false;
                }
            }
            return true;
        }
    },
    /**
     * z/OSMF's error report document, which the jobs and the data set and file services answer: category, rc, reason
     * and message, with the system's messages in {@code details} where there are some (z/OSMF also adds a Java stack,
     * which the simulator never sends).
     */
    REPORT {
        @Override
        boolean matches(JsonNode body) {
            Set<String> fields = fields(body);
            return fields.containsAll(Set.of("category", "rc", "reason", "message"))
                    && Set.of("category", "rc", "reason", "message", "details").containsAll(fields)
                    && body.get("category").isInt() && body.get("rc").isInt() && body.get("reason").isInt()
                    && body.get("message").isTextual() && !body.get("message").asText().isBlank()
                    && (!fields.contains("details") || body.get("details").isArray());
        }
    },
    /** z/OSMF's request filters (the CSRF check): errorID and errorMsg. */
    FILTER {
        @Override
        boolean matches(JsonNode body) {
            return fields(body).equals(Set.of("errorID", "errorMsg"))
                    && body.get("errorMsg").asText().startsWith(body.get("errorID").asText());
        }
    };

    /** Whether {@code body} (a JSON object) has this shape. */
    abstract boolean matches(JsonNode body);

    /** The shape this one narrows (ADMIN and WEB_SERVER are core bodies with particular message ids), or null. */
    ErrorShape narrows() {
        return this == ADMIN || this == WEB_SERVER ? CORE : null;
    }

    /** The shape {@code body} has, or null if it has none of them; a narrower shape is named by what it narrows. */
    static ErrorShape of(JsonNode body) {
        for (ErrorShape shape : values()) {
            if (shape.narrows() == null && body != null && body.isObject() && shape.matches(body)) {
                return shape;
            }
        }
        return null;
    }

    private static Set<String> fields(JsonNode body) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}

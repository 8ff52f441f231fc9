package dev.zosmfsim.clienttests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;

/**
 * One entry of the bad-input catalogue: what is sent, and the refusal a user must see (status, error shape and
 * whatever else identifies it: return and reason codes, message id).
 */
record BadInput(String name, Sender sender, int status, ErrorShape shape, Consumer<JsonNode> details) {

    /** Sends the bad request to a target and returns what came back. */
    @FunctionalInterface
    interface Sender {
        BadInputTarget.Answer send(BadInputTarget target) throws Exception;
    }

    BadInput {
        details = details == null ? body -> { } : details;
    }

    static BadInput of(String name, Sender sender, int status, ErrorShape shape) {
        return new BadInput(name, sender, status, shape, null);
    }

    /** Also checks the console services' return and reason codes. */
    static BadInput console(String name, Sender sender, int status, int returnCode, int reasonCode) {
        return new BadInput(name, sender, status, ErrorShape.CONSOLE, body -> {
            org.junit.jupiter.api.Assertions.assertEquals(returnCode, body.get("return-code").asInt(), body.toString());
            org.junit.jupiter.api.Assertions.assertEquals(reasonCode, body.get("reason-code").asInt(), body.toString());
        });
    }

    /** Also checks the message id of a core-shaped body. */
    static BadInput core(String name, Sender sender, int status, String messageId) {
        return new BadInput(name, sender, status, ErrorShape.CORE, body -> org.junit.jupiter.api.Assertions
                .assertTrue(body.get("message").asText().startsWith(messageId + " "), body.toString()));
    }

    /** Also checks the jobs interface's return code, reason and category. */
    static BadInput jobs(String name, Sender sender, int status, int rc, int reason) {
        return new BadInput(name, sender, status, ErrorShape.REPORT, body -> {
            org.junit.jupiter.api.Assertions.assertEquals(rc, body.get("rc").asInt(), body.toString());
            org.junit.jupiter.api.Assertions.assertEquals(reason, body.get("reason").asInt(), body.toString());
            org.junit.jupiter.api.Assertions.assertEquals(6, body.get("category").asInt(), body.toString());
        });
    }

    /** Also checks the category of a body of the data set and file services. */
    static BadInput files(String name, Sender sender, int status, int category) {
        return new BadInput(name, sender, status, ErrorShape.REPORT, body -> org.junit.jupiter.api.Assertions
                .assertEquals(category, body.get("category").asInt(), body.toString()));
    }

    /** Also checks the message id of a TSO-shaped body. */
    static BadInput tso(String name, Sender sender, int status, String messageId) {
        return new BadInput(name, sender, status, ErrorShape.TSO, body -> org.junit.jupiter.api.Assertions
                .assertEquals(messageId, body.at("/msgData/0/messageId").asText(), body.toString()));
    }

    @Override
    public String toString() {
        return name;
    }
}

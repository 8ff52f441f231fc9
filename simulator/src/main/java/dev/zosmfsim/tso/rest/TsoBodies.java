package dev.zosmfsim.tso.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.tso.TsoMessage;
import java.util.List;

/** The TSO/E address space services' request and response bodies, as z/OSMF spells them. */
final class TsoBodies {

    /** The version every TSO/E body carries. */
    static final String VERSION = "0100";

    private TsoBodies() {
    }

    /** What a send carries: {@code {"TSO RESPONSE":{"VERSION":"0100","DATA":"<command>"}}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SendBody(@JsonProperty("TSO RESPONSE") Data response) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Data(@JsonProperty("VERSION") String version, @JsonProperty("DATA") String data) {
        }
    }

    /** The one-shot service's request, {@code PUT /zosmf/tsoApp/v1/tso}. */
    record IssueBody(String tsoCmd, String cmdState, WaitSeconds maxWaitTime, String servletKey, String keyword,
            String system) {
    }

    /** maxWaitTime: 1 to 300 seconds, as a JSON number or a string of digits. */
    record WaitSeconds(int seconds) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static WaitSeconds of(Object given) {
            Integer seconds = RequestBodies.wholeNumber(given, 3);
            if (seconds == null || seconds < 1 || seconds > 300) {
                throw new IllegalArgumentException("must be a number of seconds from 1 to 300");
            }
            return new WaitSeconds(seconds);
        }
    }

    /** One entry of tsoData: a TSO MESSAGE line or a TSO PROMPT. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TsoData(@JsonProperty("TSO MESSAGE") Message message, @JsonProperty("TSO PROMPT") Prompt prompt) {

        record Message(@JsonProperty("VERSION") String version, @JsonProperty("DATA") String data) {
        }

        record Prompt(@JsonProperty("VERSION") String version, @JsonProperty("HIDDEN") String hidden) {
        }

        static List<TsoData> of(List<TsoMessage> messages) {
            return messages.stream().map(message -> message instanceof TsoMessage.Line line
                    ? new TsoData(new Message(VERSION, line.text()), null)
                    : new TsoData(null, new Prompt(VERSION, "FALSE"))).toList();
        }
    }

    /** What a start answers. */
    @JsonPropertyOrder({"servletKey", "queueID", "sessionID", "ver", "tsoData", "reused", "timeout"})
    record Started(String servletKey, @JsonProperty("queueID") String queueId,
            @JsonProperty("sessionID") String sessionId, String ver, List<TsoData> tsoData, boolean reused,
            boolean timeout) {
    }

    /** What a send or a receive answers; tsoData is left out when nothing arrived. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"servletKey", "ver", "tsoData", "reused", "timeout"})
    record Received(String servletKey, String ver, List<TsoData> tsoData,
            @JsonInclude(JsonInclude.Include.ALWAYS) boolean reused,
            @JsonInclude(JsonInclude.Include.ALWAYS) boolean timeout) {
    }

    /** What a ping or an end answers. */
    @JsonPropertyOrder({"servletKey", "ver", "reused", "timeout"})
    record Plain(String servletKey, String ver, boolean reused, boolean timeout) {
        static Plain of(String servletKey) {
            return new Plain(servletKey, VERSION, false, false);
        }
    }

    /** What the one-shot service answers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"cmdResponse", "tsoPromptReceived", "servletKey", "keywordDetected"})
    record Issued(List<Line> cmdResponse, String tsoPromptReceived, String servletKey, String keywordDetected) {

        record Line(String message) {
        }
    }
}

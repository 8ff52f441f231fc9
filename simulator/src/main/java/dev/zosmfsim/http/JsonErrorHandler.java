package dev.zosmfsim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before Javalin sees them (a malformed request line, an illegal character in a
 * header, no Host, a URI or headers too long, an unknown HTTP version) with a z/OSMF-shaped JSON body instead of
 * Jetty's HTML page. Nothing of the request is echoed but the status's reason.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final ObjectMapper mapper;

    JsonErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Jetty writes error bodies for GET, POST and HEAD only; a PUT or DELETE gets its JSON as well. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    /** Errors of requests that Jetty could not parse at all: the body is written with the response head. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        // Jetty closes the connection after a request it cannot parse: say so, as HTTP asks
        fields.put(HttpHeader.CONNECTION, "close");
        return ByteBuffer.wrap(body(status, reason));
    }

    /** Errors of parsed requests that Jetty answers itself. */
    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        // what Jetty refuses itself it refuses on a connection it then closes: say so, as HTTP asks
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body(status, message)), callback);
    }

    private byte[] body(int status, String reason) {
        ZosmfError error = Errors.refusedByServer(status, reason);
        try {
            return mapper.writeValueAsBytes(error.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an error body", e);
        }
    }
}

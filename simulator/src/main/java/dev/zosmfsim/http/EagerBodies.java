package dev.zosmfsim.http;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Reads a request's whole body without a thread before the request goes to its route, so that a client trickling
 * its body holds a connection but no thread (the routes read bodies with blocking calls). A body larger than the
 * simulator takes by its Content-Length goes straight on, to be refused by the route without being read.
 */
final class EagerBodies extends EagerContentHandler {

    EagerBodies() {
        // bodies up to the largest the simulator takes are kept whole; larger ones (chunked) go on when that is reached
        super(new RetainedContentLoaderFactory(ZosmfServer.MAX_REQUEST_BYTES + 65_536, -1, false));
    }

    @Override
    protected boolean onConditionsMet(Request request, Response response, Callback callback) throws Exception {
        if (request.getLength() > ZosmfServer.MAX_REQUEST_BYTES) {
            return getHandler().handle(request, response, callback);
        }
        return super.onConditionsMet(request, response, callback);
    }
}

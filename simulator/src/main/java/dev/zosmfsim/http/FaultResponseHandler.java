package dev.zosmfsim.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;

/**
 * Sits in front of Javalin and carries out the fault effects that act on the wire: a dropped connection, a body cut
 * short, a body trickled out slowly. Every request gets a {@link FaultOutcome}; when none was asked for, writes pass
 * straight through.
 */
final class FaultResponseHandler extends Handler.Wrapper {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        FaultOutcome outcome = new FaultOutcome();
        request.setAttribute(FaultOutcome.ATTRIBUTE, outcome);
        return super.handle(request, new FaultedResponse(request, response, outcome), callback);
    }

    private static final class FaultedResponse extends Response.Wrapper {
        private final FaultOutcome outcome;
        private long written;

        FaultedResponse(Request request, Response wrapped, FaultOutcome outcome) {
            super(request, wrapped);
            this.outcome = outcome;
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            switch (outcome.kind()) {
                case DROP:
                    closeConnection(callback, "dropped by a fault rule");
                    break;
                case TRUNCATE:
                    truncate(last, content, callback);
                    break;
                case TRICKLE:
                    trickle(last, content, callback);
                    break;
                default:
                    super.write(last, content, callback);
            }
        }

        /** Announces the whole length, sends only the first bytes, then closes: the client sees a short body. */
        private void truncate(boolean last, ByteBuffer content, Callback callback) {
            int length = content == null ? 0 : content.remaining();
            if (!isCommitted() && last) {
                getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
            }
            long room = Math.max(0, outcome.bytes() - written);
            if (length <= room && !last) {
                written += length;
                super.write(false, content, callback);
                return;
            }
            ByteBuffer head = content == null ? ByteBuffer.allocate(0) : content.slice();
            head.limit((int) Math.min(room, length));
            try (Blocker.Callback sent = Blocker.callback()) {
                super.write(false, head, sent);
                sent.block();
            } catch (Exception e) {
                callback.failed(e);
                return;
            }
            closeConnection(callback, "cut short by a fault rule");
        }

        /** Sends the body a few bytes at a time, waiting on the simulator clock between pieces. */
        private void trickle(boolean last, ByteBuffer content, Callback callback) {
            try {
                while (content != null && content.remaining() > outcome.bytes()) {
                    ByteBuffer piece = content.slice();
                    piece.limit(outcome.bytes());
                    content.position(content.position() + outcome.bytes());
                    try (Blocker.Callback sent = Blocker.callback()) {
                        super.write(false, piece, sent);
                        sent.block();
                    }
                    outcome.clock().sleep(outcome.every());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                callback.failed(e);
                return;
            } catch (Exception e) {
                callback.failed(e);
                return;
            }
            super.write(last, content, callback);
        }

        private void closeConnection(Callback callback, String why) {
            getRequest().getConnectionMetaData().getConnection().getEndPoint().close();
            callback.failed(new EofException(why));
        }
    }
}

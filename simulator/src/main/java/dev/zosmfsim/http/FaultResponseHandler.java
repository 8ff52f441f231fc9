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
        FaultedResponse faulted = new FaultedResponse(request, response, outcome);
        return super.handle(request, faulted, faulted.completing(callback));
    }

    private static final class FaultedResponse extends Response.Wrapper {
        private final FaultOutcome outcome;
        private long written;
        /** A trickled body still to send, its end, and the request's completion held back until it is sent. */
        private final java.util.ArrayDeque<ByteBuffer> trickling = new java.util.ArrayDeque<>();
        private boolean trickleEnds;
        private boolean pumping;
        private boolean trickled;
        private Callback completion;

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

        /**
         * Sends the body a few bytes at a time, one piece each interval on the simulator clock, without a thread:
         * what the route writes is taken at once (its thread goes back to the pool) and sent from the clock's timer;
         * the request completes when the last piece has gone.
         */
        private void trickle(boolean last, ByteBuffer content, Callback callback) {
            boolean start;
            synchronized (this) {
                if (content != null && content.hasRemaining()) {
                    ByteBuffer copy = ByteBuffer.allocate(content.remaining());
                    copy.put(content).flip();
                    trickling.add(copy);
                }
                trickleEnds |= last;
                start = !pumping;
                pumping = true;
            }
            callback.succeeded();
            if (start) {
                sendNextPiece();
            }
        }

        private void sendNextPiece() {
            ByteBuffer piece;
            boolean end;
            synchronized (this) {
                ByteBuffer head = trickling.peek();
                if (head == null) {
                    pumping = false;
                    if (!trickleEnds) {
                        return;
                    }
                    end = true;
                    piece = null;
                } else {
                    end = false;
                    piece = head.slice();
                    piece.limit(Math.min(outcome.bytes(), head.remaining()));
                    head.position(head.position() + piece.remaining());
                    if (!head.hasRemaining()) {
                        trickling.poll();
                    }
                }
            }
            if (end) {
                super.write(true, null, Callback.from(() -> trickleSent(null), this::trickleSent));
                return;
            }
            super.write(false, piece, Callback.from(
                    () -> outcome.clock().after(outcome.every()).thenRun(this::sendNextPiece),
                    this::trickleSent));
        }

        /** The trickle has ended (failure null: sent whole); the held completion goes on. */
        private void trickleSent(Throwable failure) {
            Callback held;
            synchronized (this) {
                trickled = true;
                pumping = false;
                held = completion;
                completion = null;
            }
            if (held != null) {
                if (failure == null) {
                    held.succeeded();
                } else {
                    held.failed(failure);
                }
            }
        }

        /** The request's completion, held back while a trickled body is still being sent. */
        Callback completing(Callback callback) {
            return new Callback() {
                @Override
                public void succeeded() {
                    synchronized (FaultedResponse.this) {
                        if (outcome.kind() == FaultOutcome.Kind.TRICKLE && !trickled) {
                            completion = callback;
                            return;
                        }
                    }
                    callback.succeeded();
                }

                @Override
                public void failed(Throwable failure) {
                    callback.failed(failure);
                }

                @Override
                public InvocationType getInvocationType() {
                    return callback.getInvocationType();
                }
            };
        }

        private void closeConnection(Callback callback, String why) {
            getRequest().getConnectionMetaData().getConnection().getEndPoint().close();
            callback.failed(new EofException(why));
        }
    }
}

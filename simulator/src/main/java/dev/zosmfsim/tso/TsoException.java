package dev.zosmfsim.tso;

/**
 * A TSO/E service request z/OSMF cannot carry out, with the message z/OSMF puts in {@code msgData}. The HTTP layer
 * chooses the status: an unknown or ended servlet key is answered as z/OSMF does, with the message in an otherwise
 * normal (200) body; bad requests get 400, refused address spaces 500.
 */
public final class TsoException extends RuntimeException {

    /** The causes the TSO/E service reports. */
    public enum Kind { UNKNOWN_KEY, BAD_REQUEST, NO_ADDRESS_SPACE }

    private final Kind kind;
    private final String messageId;
    private final String servletKey;

    public TsoException(Kind kind, String messageId, String servletKey, String text) {
        super(messageId + ": " + text, null, false, false);
        this.kind = kind;
        this.messageId = messageId;
        this.servletKey = servletKey;
    }

    /** IZUG1126E: the key names no live session of this user. */
    static TsoException unknownKey(String servletKey) {
        return new TsoException(Kind.UNKNOWN_KEY, "IZUG1126E", servletKey, "z/OSMF cannot correlate the request for"
                + " key \"" + servletKey + "\" with an active z/OS application session.");
    }

    public Kind kind() {
        return kind;
    }

    public String messageId() {
        return messageId;
    }

    /** The servlet key the request named, or null. */
    public String servletKey() {
        return servletKey;
    }
}

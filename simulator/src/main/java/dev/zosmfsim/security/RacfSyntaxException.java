package dev.zosmfsim.security;

/** A RACF command line TSO cannot parse; the message is TSO's IKJ message for it. */
public final class RacfSyntaxException extends IllegalArgumentException {

    public RacfSyntaxException(String message) {
        super(message);
    }
}

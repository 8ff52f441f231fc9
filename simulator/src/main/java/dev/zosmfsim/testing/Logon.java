package dev.zosmfsim.testing;

/** How an injected client proves who it is: see {@link LoggedOn}. */
public enum Logon {
    /** Presents the user's client certificate in the TLS handshake; needs no password. */
    CERTIFICATE,
    /** Sends the user's password in a Basic {@code Authorization} header with every request. */
    PASSWORD
}

package dev.zosmfsim.cea;

/** Who asked CEA for a TSO address space: the TSO/E address space service, or z/OSMF's console service. */
public enum SessionKind {
    /** A TSO session started through {@code /zosmf/tsoApp/tso}; z/OSMF's application id IZUTSO. */
    TSO("IZUTSO"),
    /** An EMCS console run for its user in a TSO address space; application id IZUCONAP. */
    CONSOLE("IZUCONAP");

    private final String appId;

    SessionKind(String appId) {
        this.appId = appId;
    }

    public String appId() {
        return appId;
    }
}

package dev.zosmfsim.parmlib;

import java.util.List;

/** A parmlib member the system cannot parse: the messages it writes about it. */
public final class ParmlibSyntaxException extends RuntimeException {

    private final List<String> messages;

    public ParmlibSyntaxException(List<String> messages) {
        super(String.join("; ", messages), null, false, false);
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}

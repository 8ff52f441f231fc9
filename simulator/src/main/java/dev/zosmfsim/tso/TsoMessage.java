package dev.zosmfsim.tso;

/** One item a TSO/E address space writes to its client: a line of output, or the prompt for the next command. */
public sealed interface TsoMessage {

    /** A line of output ({@code TSO MESSAGE}). */
    record Line(String text) implements TsoMessage {
    }

    /** The address space waits for input ({@code TSO PROMPT}); after READY, the next command. */
    record Prompt() implements TsoMessage {
    }

    static TsoMessage line(String text) {
        return new Line(text);
    }

    static TsoMessage prompt() {
        return new Prompt();
    }
}

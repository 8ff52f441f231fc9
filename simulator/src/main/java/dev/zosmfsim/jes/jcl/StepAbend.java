package dev.zosmfsim.jes.jcl;

import java.util.List;

/**
 * A system abend a program's data set access ends its step with (S913 for RACF, S013 for an open that fails,
 * B37/D37/E37 for space), with the IEC message the system writes to the job log and JESYSMSG.
 */
public final class StepAbend extends RuntimeException {

    private final String abend;
    private final int reason;
    private final List<String> messages;

    public StepAbend(String abend, int reason, List<String> messages) {
        super(abend + "-" + String.format("%02X", reason), null, false, false);
        this.abend = abend;
        this.reason = reason;
        this.messages = List.copyOf(messages);
    }

    public String abend() {
        return abend;
    }

    public int reason() {
        return reason;
    }

    public List<String> messages() {
        return messages;
    }

    /** The outcome of a program that ended with this abend. */
    public BatchProgram.Outcome outcome() {
        return new BatchProgram.Outcome(0, abend, reason, java.util.Map.of(), messages, messages,
                java.time.Duration.ZERO);
    }
}

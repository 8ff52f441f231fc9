package dev.zosmfsim.tso;

import dev.zosmfsim.system.SimulatedSystem;
import java.util.List;

/** Drives a system's TSO/E service the way a client does, for tests. */
public final class TsoSessions {

    private final SimulatedSystem system;

    public TsoSessions(SimulatedSystem system) {
        this.system = system;
    }

    /** Starts a session with the Zowe CLI's defaults; returns its servlet key. */
    public String start(String userid) {
        return system.tso().start(userid, TsoStartRequest.defaults("ACCT#")).servletKey();
    }

    /** Sends a command and returns the lines it wrote (READY and the prompt left out). */
    public List<String> run(String userid, String servletKey, String command) {
        try {
            return lines(system.tso().send(userid, servletKey, command, true).messages());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a session for {@code userid} and runs one command in it (what most RACF tests need). */
    public List<String> runAs(String userid, String command) {
        return run(userid, start(userid), command);
    }

    public static List<String> lines(List<TsoMessage> messages) {
        return messages.stream().filter(TsoMessage.Line.class::isInstance).map(m -> ((TsoMessage.Line) m).text())
                .filter(text -> !text.equals("READY ")).toList();
    }
}

package dev.zosmfsim.jes;

import java.util.List;
import java.util.Locale;

/**
 * A TSO logon TSO/E refused for its logon procedure, as JES2 records it: the user, the procedure, account and region
 * of the logon, and the IKJ messages the logon wrote (IKJ56482I).
 */
public record FailedLogon(String userid, String proc, String account, int region, List<String> messages) {

    public FailedLogon {
        userid = userid.toUpperCase(Locale.ROOT);
        proc = proc.toUpperCase(Locale.ROOT);
        account = account == null ? "" : account;
        messages = List.copyOf(messages);
    }

    /** The job's end in JESMSGLG (and, without the prefix, in the system log). */
    List<String> ending(String prefix, String time) {
        return List.of(prefix + "IEFC452I " + userid + " - JOB NOT RUN - JCL ERROR  " + time,
                prefix + String.format("$HASP396 %-8s TERMINATED", userid));
    }
}

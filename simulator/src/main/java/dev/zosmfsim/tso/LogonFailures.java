package dev.zosmfsim.tso;

import java.util.List;

/**
 * Told of a logon TSO/E refused for its logon procedure, with the messages the logon wrote: JES2 keeps the TSU job
 * that failed, so the user can read why from its spool.
 */
@FunctionalInterface
public interface LogonFailures {

    void procedureRefused(String userid, TsoStartRequest request, List<String> messages);

    /** For a TSO service without JES2 (tests of the model). */
    LogonFailures NONE = (userid, request, messages) -> { };
}

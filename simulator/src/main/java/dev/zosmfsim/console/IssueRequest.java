package dev.zosmfsim.console;

import java.time.Duration;

/**
 * One "issue a command" request, as the console service's JSON body gives it.
 *
 * @param command          cmd
 * @param system           system: the sysplex member to route the command to, or null for this system
 * @param solKey           sol-key: a keyword to wait for in the solicited messages, or null
 * @param solKeyRegex      sol-key-reg: sol-key is a regular expression
 * @param async            async: return at once with the response key only
 * @param unsolKey         unsol-key: a keyword to detect in unsolicited messages, or null
 * @param unsolKeyRegex    unsol-key-reg
 * @param detectTime       detect-time: how long to look for the unsolicited keyword
 * @param unsolDetectSync  unsol-detect-sync: wait in this request for the detection
 * @param unsolDetectTimeout unsol-detect-timeout: how long to wait when synchronous
 */
public record IssueRequest(String command, String system, String solKey, boolean solKeyRegex, boolean async, String unsolKey,
        boolean unsolKeyRegex, Duration detectTime, boolean unsolDetectSync, Duration unsolDetectTimeout) {

    /** A plain synchronous command with no keywords. */
    public static IssueRequest of(String command) {
        return new IssueRequest(command, null, null, false, false, null, false, Duration.ofSeconds(30), false,
                Duration.ofSeconds(20));
    }
}

package dev.zosmfsim.console;

import java.time.Duration;
import java.util.Objects;

/**
 * One "issue a command" request, as the console service's JSON body gives it: a plain synchronous command by
 * default ({@link #of}), changed with the {@code with...} methods.
 *
 * @param command     cmd
 * @param system      system: the sysplex member to route the command to, or null for this system
 * @param solKey      sol-key (with sol-key-reg): a keyword to wait for in the solicited messages, or null
 * @param async       async: return at once with the response key only
 * @param unsolicited unsol-key and its settings: a keyword to detect in unsolicited messages, or null
 */
public record IssueRequest(String command, String system, Keyword solKey, boolean async, Watch unsolicited) {

    /** How long an unsolicited keyword is looked for, unless the request says (detect-time). */
    public static final Duration DEFAULT_DETECT_TIME = Duration.ofSeconds(30);
    /** How long a synchronous detection waits, unless the request says (unsol-detect-timeout). */
    public static final Duration DEFAULT_SYNC_TIMEOUT = Duration.ofSeconds(20);

    public IssueRequest {
        Objects.requireNonNull(command, "command");
    }

    /** A keyword: plain text, or a regular expression when {@code regex} (the -reg flags). */
    public record Keyword(String text, boolean regex) {
        public Keyword {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * An unsolicited-message detection: the keyword, how long to look for it (detect-time), and whether the request
     * itself waits for it (unsol-detect-sync) and for how long (unsol-detect-timeout).
     */
    public record Watch(Keyword key, Duration detectTime, boolean sync, Duration syncTimeout) {
        public Watch {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(detectTime, "detectTime");
            Objects.requireNonNull(syncTimeout, "syncTimeout");
        }
    }

    /** A plain synchronous command for this system, with no keywords. */
    public static IssueRequest of(String command) {
        return new IssueRequest(command, null, null, false, null);
    }

    public IssueRequest withSystem(String name) {
        return new IssueRequest(command, name, solKey, async, unsolicited);
    }

    public IssueRequest withSolKey(Keyword keyword) {
        return new IssueRequest(command, system, keyword, async, unsolicited);
    }

    public IssueRequest withAsync(boolean value) {
        return new IssueRequest(command, system, solKey, value, unsolicited);
    }

    public IssueRequest withUnsolicited(Watch watch) {
        return new IssueRequest(command, system, solKey, async, watch);
    }
}

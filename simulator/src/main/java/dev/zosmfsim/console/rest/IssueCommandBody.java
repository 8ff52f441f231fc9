package dev.zosmfsim.console.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.zosmfsim.console.IssueRequest;
import dev.zosmfsim.http.ZosmfError;
import java.util.regex.Pattern;

/**
 * The body of {@code PUT /zosmf/restconsoles/consoles/{name}}. IBM spells the regular-expression flags solKeyReg and
 * unsolKeyReg; the hyphenated spellings are accepted too. auth, routcode, mscope, storage and auto set a console up
 * on its first use: their form is checked, and otherwise the simulator does not use them.
 */
record IssueCommandBody(
        @JsonProperty("cmd") String cmd,
        @JsonProperty("sol-key") String solKey,
        @JsonProperty("solKeyReg") YesNo solKeyReg,
        @JsonProperty("sol-key-reg") YesNo solKeyRegHyphenated,
        @JsonProperty("system") String system,
        @JsonProperty("async") YesNo async,
        @JsonProperty("unsol-key") String unsolKey,
        @JsonProperty("unsolKeyReg") YesNo unsolKeyReg,
        @JsonProperty("unsol-key-reg") YesNo unsolKeyRegHyphenated,
        @JsonProperty("detect-time") WholeSeconds detectTime,
        @JsonProperty("unsol-detect-sync") YesNo unsolDetectSync,
        @JsonProperty("unsol-detect-timeout") WholeSeconds unsolDetectTimeout,
        @JsonProperty("auth") String auth,
        @JsonProperty("routcode") String routcode,
        @JsonProperty("mscope") String mscope,
        @JsonProperty("storage") Kilobytes storage,
        @JsonProperty("auto") String auto) {

    /** The longest operator command z/OS accepts. */
    static final int MAX_COMMAND_LENGTH = 126;
    private static final Pattern SYSTEM_NAME = Pattern.compile("[A-Za-z0-9@#$]{1,8}");

    /** Checks what the types alone cannot and makes the console service's request. */
    IssueRequest toRequest() {
        if (cmd == null || cmd.isBlank()) {
            throw ZosmfError.console(400, 1, 13, "Cannot find 'cmd' in request body, or value of 'cmd' is empty.");
        }
        if (cmd.length() > MAX_COMMAND_LENGTH) {
            throw ZosmfError.console(400, 1, 17, "Command length must be less than " + (MAX_COMMAND_LENGTH + 1)
                    + "; this one is " + cmd.length() + " characters long.");
        }
        if (!cmd.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw ConsoleModule.badFieldValue("the command contains characters an operator console cannot show "
                    + "(control or non-ASCII characters)");
        }
        if (system != null && !SYSTEM_NAME.matcher(system).matches()) {
            throw ConsoleModule.badFieldValue("the field 'system' must be a system name of 1-8 characters, got '"
                    + system + "'");
        }
        if (auth != null && !auth.matches("(?i)MASTER|ALL|INFO|CONS|IO|SYS")) {
            throw ConsoleModule.badFieldValue("the field 'auth' must be MASTER, ALL, INFO, CONS, IO or SYS, got '"
                    + auth + "'");
        }
        if (auto != null && !auto.matches("(?i)YES|NO")) {
            throw ConsoleModule.badFieldValue("the field 'auto' must be YES or NO, got '" + auto + "'");
        }
        boolean solRegex = flag(solKeyReg, "solKeyReg", solKeyRegHyphenated, "sol-key-reg");
        boolean unsolRegex = flag(unsolKeyReg, "unsolKeyReg", unsolKeyRegHyphenated, "unsol-key-reg");
        IssueRequest request = IssueRequest.of(cmd).withSystem(system).withAsync(YesNo.isYes(async, false));
        if (solKey != null) {
            request = request.withSolKey(new IssueRequest.Keyword(solKey, solRegex));
        }
        if (unsolKey != null) {
            request = request.withUnsolicited(new IssueRequest.Watch(new IssueRequest.Keyword(unsolKey, unsolRegex),
                    WholeSeconds.or(detectTime, IssueRequest.DEFAULT_DETECT_TIME),
                    YesNo.isYes(unsolDetectSync, false),
                    WholeSeconds.or(unsolDetectTimeout, IssueRequest.DEFAULT_SYNC_TIMEOUT)));
        }
        return request;
    }

    private static boolean flag(YesNo ibmSpelling, String ibmName, YesNo hyphenated, String hyphenatedName) {
        if (ibmSpelling != null && hyphenated != null) {
            throw ConsoleModule.badFieldValue("give either '" + ibmName + "' or '" + hyphenatedName + "', not both");
        }
        return YesNo.isYes(ibmSpelling != null ? ibmSpelling : hyphenated, false);
    }
}

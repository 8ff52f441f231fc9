package dev.zosmfsim.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.zosmfsim.scenario.Scenario;
import java.util.List;

/**
 * What the admin interface hands out and takes: plain records that are also the admin API's JSON, so that the
 * in-process admin and the remote client of a simulator running elsewhere give the same answers.
 */
public final class AdminRecords {

    private AdminRecords() {
    }

    /** The clock: {@code system}, {@code manual} or {@code scaled}; the simulated time now (ISO-8601); the scale. */
    public record ClockState(String mode, String now, double scale) {
    }

    /** A clock mode to switch to; {@code scale} only with {@code scaled}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClockSetting(String mode, Double scale) {
    }

    /** How far to move a manual clock, as a duration text ({@code 60s}, {@code 30m}). */
    public record Advance(String by) {
    }

    /** A fault rule in force (in the scenario's form), how often it matched and how often it fired. */
    public record FaultListing(String id, Scenario.FaultSpec rule, long matches, long fired) {
    }

    /** The rules in force. */
    public record FaultList(List<FaultListing> rules) {
    }

    /** The id a new rule got. */
    public record FaultId(String id) {
    }

    /** One firing of a fault rule. */
    public record Firing(long sequence, String time, String rule, String name, String effect, String method,
            String path, String userid) {
    }

    public record Firings(List<Firing> firings) {
    }

    /** IZUPRMxx settings. */
    public record ZosmfSettingsState(String hostname, int port, String safRealm, long sessionExpireMinutes) {
    }

    /** z/OSMF: running or not, the settings in force and those configured for its next start. */
    public record ZosmfState(boolean running, ZosmfSettingsState inForce, ZosmfSettingsState configured) {
    }

    /**
     * A change of IZUPRMxx; null fields keep their configured values, {@code hostname: ""} unsets HOSTNAME.
     * {@code started} and {@code consoleAccount} are scenario fields that no change may set: they are here to be
     * refused with a sentence that says what to do instead.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ZosmfChange(String hostname, Integer port, String safRealm, Integer sessionExpireMinutes,
            Boolean started, String consoleAccount) {

        /** A change of the settings a running z/OSMF may be given. */
        public ZosmfChange(String hostname, Integer port, String safRealm, Integer sessionExpireMinutes) {
            this(hostname, port, safRealm, sessionExpireMinutes, null, null);
        }
    }

    /** An operator command. */
    public record OperatorCommand(String cmd) {
    }

    /** The messages a command or an operation wrote. */
    public record Messages(List<String> messages) {
    }

    /** A RACF user as the admin sees it; {@code operparm} is its OPERPARM AUTH, null without a segment. */
    public record UserState(String userid, boolean special, boolean revoked, boolean passwordExpired,
            List<String> operparm) {
    }

    public record Users(List<UserState> users) {
    }

    /** A user to add (or replace): password of 1-8 characters, SPECIAL, and an OPERPARM AUTH (null for none). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewUser(String userid, String password, Boolean special, List<String> operparm) {
    }

    /** A new password, expired (the user must change it at the next password logon) or not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PasswordChange(String password, Boolean expired) {
    }

    /** OPERPARM AUTH, such as {@code ["MASTER"]}; empty or null removes the segment (NOOPERPARM). */
    public record OperParmChange(List<String> auth) {
    }

    /** What a new client certificate may say (all optional), and whether to map it to the user (default yes). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CertificateRequest(String subject, String keyType, String validFrom, String validUntil,
            Boolean map) {
    }

    /** A client certificate issued by the simulator's CA, with its key and the CA, as PEM. */
    public record IssuedPems(String subject, String notBefore, String notAfter, String certificatePem,
            String privateKeyPem, String caCertificatePem) {
    }

    public record CertificateMaps(List<Scenario.CertificateMapSpec> maps) {
    }

    public record Deleted(int deleted) {
    }

    /** A live CEA address space (a TSO session or a console's). */
    public record SessionState(String asid, String userid, String kind, String console, String stoken,
            String started, String lastRequest, String logonProc, String account) {
    }

    public record Sessions(List<SessionState> sessions) {
    }

    /** One answered request of the journal. */
    public record JournalEntry(long sequence, String time, String method, String path, String service, int status,
            String userid, String fault) {
    }

    public record Journal(List<JournalEntry> entries) {
    }
}

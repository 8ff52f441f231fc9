package dev.zosmfsim.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The generic classes and the password part of {@code SETROPTS LIST}, in RACF's words and columns: the lines DISA's RACF STIG checks quote
 * and a captured SETROPTS LIST (the mfpandas tests) shows. What the simulator does not model (statistics options,
 * audit, class lists beyond the RACLISTed ones) is left out.
 */
final class SetroptsList {

    private SetroptsList() {
    }

    static List<String> lines(PasswordRules rules, boolean genericDataset) {
        List<String> lines = new ArrayList<>();
        lines.add("ATTRIBUTES = INITSTATS");
        // GENERIC(DATASET) also turns on generic command processing, as RACF's SETROPTS GENERIC does
        String generic = genericDataset ? RacfDatabase.DATASET : "NONE";
        lines.add("GENERIC PROFILE CLASSES = " + generic);
        lines.add("GENERIC COMMAND CLASSES = " + generic);
        lines.add("PASSWORD PROCESSING OPTIONS:");
        lines.add(rules.interval() == null ? "  PASSWORD CHANGE INTERVAL IS NOT IN EFFECT."
                : String.format("  PASSWORD CHANGE INTERVAL IS %4d DAYS.", rules.interval()));
        lines.add("  PASSWORD MINIMUM CHANGE INTERVAL IS   0 DAYS.");
        lines.add("  MIXED CASE PASSWORD SUPPORT IS IN EFFECT.");
        lines.add(rules.history() == null ? "  NO PASSWORD HISTORY BEING MAINTAINED."
                : String.format("  %2d GENERATIONS OF PREVIOUS PASSWORDS BEING MAINTAINED.", rules.history()));
        lines.add(rules.revoke() == null ? "  USERIDS NOT BEING AUTOMATICALLY REVOKED."
                : String.format("  AFTER %3d CONSECUTIVE UNSUCCESSFUL PASSWORD ATTEMPTS, A USERID WILL BE REVOKED.",
                        rules.revoke()));
        lines.add(rules.inactive() == null ? "INACTIVE USERIDS ARE NOT BEING AUTOMATICALLY REVOKED."
                : String.format("INACTIVE USERIDS ARE BEING AUTOMATICALLY REVOKED AFTER %3d DAYS.", rules.inactive()));
        lines.add("SETR RACLIST CLASSES = " + RacfDatabase.FACILITY + " " + RacfDatabase.OPERCMDS);
        return lines;
    }
}

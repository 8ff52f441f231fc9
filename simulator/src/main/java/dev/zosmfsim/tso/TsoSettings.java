package dev.zosmfsim.tso;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a TSO/E logon checks, as the system is set up: the logon procedures that exist (TSOPROC profiles) and the
 * account numbers that may be used (ACCTNUM profiles; null means any well-formed one), the account of a one-shot
 * command's address space (the user's default), and how long a receive waits for output before it answers with a
 * timeout indication.
 */
public record TsoSettings(List<String> procedures, List<String> accounts, String defaultAccount, Duration receiveWait) {

    /** z/OSMF's receive waits 15 seconds for a message before it answers with a timeout indication. */
    public static final Duration RECEIVE_WAIT = Duration.ofSeconds(15);

    public TsoSettings {
        procedures = procedures.stream().map(name -> name.toUpperCase(Locale.ROOT)).toList();
        accounts = accounts == null ? null : accounts.stream().map(name -> name.toUpperCase(Locale.ROOT)).toList();
    }

    public static TsoSettings defaults() {
        return new TsoSettings(List.of("IZUFPROC", "IKJACCNT", "DBSPROCA"), null, "ACCT#", RECEIVE_WAIT);
    }

    public boolean knowsProcedure(String proc) {
        return procedures.contains(proc.toUpperCase(Locale.ROOT));
    }

    public boolean knowsAccount(String account) {
        return accounts == null || accounts.contains(account.toUpperCase(Locale.ROOT));
    }
}

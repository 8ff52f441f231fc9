package dev.zosmfsim.cea;

/**
 * What a TSO address space is started with (the TSO/E service's query parameters).
 *
 * @param logonProc logon procedure, e.g. IZUFPROC
 * @param account   account number, e.g. ACCT#
 * @param region    region size in KB
 * @param codePage  e.g. 1047
 * @param charset   e.g. 697
 * @param rows      screen rows
 * @param cols      screen columns
 */
public record LogonParameters(String logonProc, String account, int region, int codePage, int charset, int rows,
        int cols) {

    /** What z/OSMF's console service starts a console's address space with (as its log shows). */
    public static LogonParameters console(String account) {
        return new LogonParameters("IZUFPROC", account, 50000, 1047, 697, 204, 160);
    }
}

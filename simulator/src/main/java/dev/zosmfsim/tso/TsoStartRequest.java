package dev.zosmfsim.tso;

import dev.zosmfsim.cea.LogonParameters;

/**
 * The parameters of a TSO/E address space start, as the TSO/E service's query gives them. Zero for code page,
 * character set, rows or columns means the default (1047, 697, 24, 80), as z/OSMF documents.
 *
 * @param proc    logon procedure (proc)
 * @param account account number (acct)
 * @param region  region size in KB (rsize)
 * @param codePage code page (cpage)
 * @param charset character set (chset)
 * @param rows    screen rows
 * @param cols    screen columns
 */
public record TsoStartRequest(String proc, String account, int region, int codePage, int charset, int rows, int cols) {

    /** What the Zowe CLI sends when told nothing else: IZUFPROC, 4096 KB, 1047, 697, 24 x 80. */
    public static TsoStartRequest defaults(String account) {
        return new TsoStartRequest("IZUFPROC", account, 4096, 1047, 697, 24, 80);
    }

    /** The logon parameters CEA records in its session table. */
    public LogonParameters logon() {
        return new LogonParameters(proc, account, region, codePage == 0 ? 1047 : codePage, charset == 0 ? 697 : charset,
                rows == 0 ? 24 : rows, cols == 0 ? 80 : cols);
    }
}

package dev.zosmfsim.jes.jcl;

/** A JCL error as the converter reports it in JESYSMSG: the statement's number and the IEFC message. */
public record JclError(int statement, String message) {

    /** The JESYSMSG line: the statement number right-aligned under {@code STMT NO.}, then the message. */
    public String line() {
        return String.format("%9d %s", statement, message);
    }
}

package dev.zosmfsim.cea;

/** CEA refused a new TSO address space because MAXSESSIONS or MAXSESSPERUSER is reached. */
public final class SessionLimitException extends RuntimeException {

    /** Which CEAPRMxx limit was reached. */
    public enum Limit { MAXSESSIONS, MAXSESSPERUSER }

    private final Limit limit;
    private final int value;
    private final String userid;

    public SessionLimitException(Limit limit, int value, String userid) {
        super(limit == Limit.MAXSESSIONS
                ? "CEA cannot start a TSO address space for " + userid + ": MAXSESSIONS(" + value + ") are in use"
                : "CEA cannot start a TSO address space for " + userid + ": the user has MAXSESSPERUSER(" + value
                        + ") address spaces already", null, false, false);
        this.limit = limit;
        this.value = value;
        this.userid = userid;
    }

    public Limit limit() {
        return limit;
    }

    public int value() {
        return value;
    }

    public String userid() {
        return userid;
    }
}

package dev.zosmfsim.uss;

/**
 * Who asks the file system: the user's OMVS uid and gid, and whether they are a superuser (uid 0, or READ to
 * BPX.SUPERUSER in FACILITY, which z/OSMF's services act with).
 */
public record UnixCaller(String userid, int uid, int gid, boolean superuser) {
}

package dev.zosmfsim.uss;

/** A z/OS UNIX request the file system refuses, with the errno z/OS UNIX gives. */
public final class UnixException extends RuntimeException {

    /** The errno names z/OSMF's answers carry. */
    public enum Errno {
        ENOENT(129), EACCES(111), EEXIST(117), ENOTDIR(135), EISDIR(120), ENOTEMPTY(136), EINVAL(121), EPERM(139);

        private final int number;

        Errno(int number) {
            this.number = number;
        }

        /** z/OS UNIX's number for it (BPX return code). */
        public int number() {
            return number;
        }
    }

    private final Errno errno;

    public UnixException(Errno errno, String message) {
        super(message, null, false, false);
        this.errno = errno;
    }

    public Errno errno() {
        return errno;
    }
}

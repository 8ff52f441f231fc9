package dev.zosmfsim.uss;

import java.time.Instant;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A file or directory of the z/OS UNIX file system: its permission bits, owner, group, change time and, for a file,
 * its contents and file tag (a coded character set, or binary; none when untagged). A file may take its contents
 * from the system as it reads it (z/OSMF's own log, which grows while z/OSMF runs).
 */
final class UnixNode {

    final boolean directory;
    final TreeMap<String, UnixNode> children = new TreeMap<>();
    int mode;
    int uid;
    int gid;
    Instant mtime;
    byte[] data = new byte[0];
    Supplier<byte[]> live;
    /** null untagged; "binary"; or a code set such as IBM-1047 or ISO8859-1 (text). */
    String tag;

    UnixNode(boolean directory, int mode, int uid, int gid, Instant mtime) {
        this.directory = directory;
        this.mode = mode;
        this.uid = uid;
        this.gid = gid;
        this.mtime = mtime;
    }

    byte[] contents() {
        return live != null ? live.get() : data;
    }

    long size() {
        return directory ? 8192 : contents().length;
    }

    UnixNode copy(Instant now, UnixCaller owner) {
        UnixNode copy = new UnixNode(directory, mode, owner.uid(), owner.gid(), now);
        copy.data = contents().clone();
        copy.tag = tag;
        children.forEach((name, child) -> copy.children.put(name, child.copy(now, owner)));
        return copy;
    }
}

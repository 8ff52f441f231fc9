package dev.zosmfsim.uss;

import dev.zosmfsim.uss.UnixException.Errno;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The z/OS UNIX file system: one tree of directories and files with POSIX permission bits, checked against the
 * caller's uid and gid (a superuser passes every check). Paths are absolute; {@code //}, {@code .} and {@code ..}
 * are resolved.
 */
public final class UnixFileSystem {

    /** A file or directory as a list shows it. */
    public record Entry(String name, boolean directory, int mode, long size, int uid, int gid, Instant mtime,
            String tag) {

        /** {@code drwxr-xr-x}: the type and the nine permission bits. */
        public String modeString() {
            StringBuilder text = new StringBuilder(directory ? "d" : "-");
            String letters = "rwxrwxrwx";
            for (int bit = 0; bit < 9; bit++) {
                text.append((mode & (1 << (8 - bit))) != 0 ? letters.charAt(bit) : '-');
            }
            return text.toString();
        }
    }

    /** A node as the whole tree lists it: its path, its entry, and its bytes (null for a directory or a live file). */
    public record Stored(String path, Entry entry, byte[] data) {
    }

    private final UnixNode root;
    private final Supplier<Instant> now;

    public UnixFileSystem(Supplier<Instant> now) {
        this.now = now;
        this.root = new UnixNode(true, 0755, 0, 0, now.get());
    }

    /** The path with {@code //}, {@code .} and {@code ..} resolved; it must be absolute. */
    public static String normalize(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new UnixException(Errno.EINVAL, "The path " + path + " is not absolute.");
        }
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
                continue;
            }
            if (part.length() > 255 || part.chars().anyMatch(c -> c == 0)) {
                throw new UnixException(Errno.EINVAL, "The path " + path + " has a name z/OS UNIX does not allow.");
            }
            parts.add(part);
        }
        return "/" + String.join("/", parts);
    }

    /** Makes directories (and their parents) as the system sets them up, owned by {@code uid}/{@code gid}. */
    public synchronized void mkdirs(String path, int mode, int uid, int gid) {
        UnixNode node = root;
        for (String part : parts(normalize(path))) {
            UnixNode next = node.children.get(part);
            if (next == null) {
                next = new UnixNode(true, mode, uid, gid, now.get());
                node.children.put(part, next);
            }
            node = next;
        }
    }

    /** Puts a file as the system sets it up (the parents must exist); {@code live} gives contents as read now. */
    public synchronized void putFile(String path, byte[] data, Supplier<byte[]> live, int mode, int uid, int gid,
            String tag) {
        String normal = normalize(path);
        UnixNode parent = directory(parentOf(normal));
        UnixNode file = new UnixNode(false, mode, uid, gid, now.get());
        file.data = data == null ? new byte[0] : data.clone();
        file.live = live;
        file.tag = tag;
        parent.children.put(nameOf(normal), file);
    }

    /** A directory's entries ({@code .} and {@code ..} first), or the one entry of a file. */
    public synchronized List<Entry> list(UnixCaller caller, String path) {
        String normal = normalize(path);
        UnixNode node = lookup(caller, normal);
        if (!node.directory) {
            return List.of(entry(nameOf(normal), node));
        }
        require(caller, node, 4, normal);
        List<Entry> entries = new ArrayList<>();
        entries.add(entry(".", node));
        entries.add(entry("..", normal.equals("/") ? node : lookup(caller, parentOf(normal))));
        node.children.forEach((name, child) -> entries.add(entry(name, child)));
        return entries;
    }

    /** The entry of one path. */
    public synchronized Entry stat(UnixCaller caller, String path) {
        String normal = normalize(path);
        return entry(nameOf(normal), lookup(caller, normal));
    }

    public synchronized byte[] read(UnixCaller caller, String path) {
        String normal = normalize(path);
        UnixNode node = lookup(caller, normal);
        if (node.directory) {
            throw new UnixException(Errno.EISDIR, "The path " + normal + " is a directory.");
        }
        require(caller, node, 4, normal);
        return node.contents().clone();
    }

    /** Writes a file, creating it (mode 644, untagged unless {@code tagIfNew}) if absent; true when it was created. */
    public synchronized boolean write(UnixCaller caller, String path, byte[] data, String tagIfNew) {
        String normal = normalize(path);
        UnixNode parent = lookup(caller, parentOf(normal));
        if (!parent.directory) {
            throw new UnixException(Errno.ENOTDIR, "The path " + parentOf(normal) + " is not a directory.");
        }
        UnixNode node = parent.children.get(nameOf(normal));
        if (node != null && node.directory) {
            throw new UnixException(Errno.EISDIR, "The path " + normal + " is a directory.");
        }
        if (node == null) {
            require(caller, parent, 3, parentOf(normal));
            node = new UnixNode(false, 0644, caller.uid(), caller.gid(), now.get());
            node.tag = tagIfNew;
            parent.children.put(nameOf(normal), node);
            node.data = data.clone();
            return true;
        }
        require(caller, node, 2, normal);
        node.data = data.clone();
        node.live = null;
        node.mtime = now.get();
        return false;
    }

    /** Creates an empty file or a directory with {@code mode}; the parent must exist. */
    public synchronized void create(UnixCaller caller, String path, boolean directory, int mode) {
        String normal = normalize(path);
        UnixNode parent = lookup(caller, parentOf(normal));
        if (!parent.directory) {
            throw new UnixException(Errno.ENOTDIR, "The path " + parentOf(normal) + " is not a directory.");
        }
        if (parent.children.containsKey(nameOf(normal)) || normal.equals("/")) {
            throw new UnixException(Errno.EEXIST, "The path " + normal + " already exists.");
        }
        require(caller, parent, 3, parentOf(normal));
        parent.children.put(nameOf(normal), new UnixNode(directory, mode & 0777, caller.uid(), caller.gid(),
                now.get()));
    }

    /** Removes a file or an empty directory, or a directory and all below it with {@code recursive}. */
    public synchronized void delete(UnixCaller caller, String path, boolean recursive) {
        String normal = normalize(path);
        if (normal.equals("/")) {
            throw new UnixException(Errno.EPERM, "The root directory cannot be removed.");
        }
        UnixNode parent = lookup(caller, parentOf(normal));
        UnixNode node = lookup(caller, normal);
        if (node.directory && !node.children.isEmpty() && !recursive) {
            throw new UnixException(Errno.ENOTEMPTY, "The directory " + normal + " is not empty: delete it with"
                    + " X-IBM-Option: recursive.");
        }
        require(caller, parent, 3, parentOf(normal));
        parent.children.remove(nameOf(normal));
    }

    /** Changes the permission bits: the owner or a superuser may. */
    public synchronized void chmod(UnixCaller caller, String path, int mode, boolean recursive) {
        String normal = normalize(path);
        UnixNode node = lookup(caller, normal);
        chmod(caller, node, normal, mode & 0777, recursive);
    }

    private void chmod(UnixCaller caller, UnixNode node, String path, int mode, boolean recursive) {
        if (!caller.superuser() && node.uid != caller.uid()) {
            throw new UnixException(Errno.EPERM, "Only the owner of " + path + " or a superuser may change its mode.");
        }
        node.mode = mode;
        if (recursive) {
            node.children.forEach((name, child) -> chmod(caller, child, path + "/" + name, mode, true));
        }
    }

    /** Changes the owner and group: a superuser may (z/OS UNIX's CHOWN_RESTRICTED rule). */
    public synchronized void chown(UnixCaller caller, String path, int uid, int gid, boolean recursive) {
        String normal = normalize(path);
        UnixNode node = lookup(caller, normal);
        if (!caller.superuser()) {
            throw new UnixException(Errno.EPERM, "Only a superuser may change the owner of " + normal + ".");
        }
        chown(node, uid, gid, recursive);
    }

    private static void chown(UnixNode node, int uid, int gid, boolean recursive) {
        node.uid = uid;
        node.gid = gid;
        if (recursive) {
            node.children.values().forEach(child -> chown(child, uid, gid, true));
        }
    }

    /** Sets the file tag: {@code binary}, a code set (text), or null to remove it. */
    public synchronized void chtag(UnixCaller caller, String path, String tag) {
        String normal = normalize(path);
        UnixNode node = lookup(caller, normal);
        if (!caller.superuser() && node.uid != caller.uid()) {
            require(caller, node, 2, normal);
        }
        node.tag = tag;
    }

    /** Moves (renames) a file or directory; a file in the way is replaced. */
    public synchronized void move(UnixCaller caller, String from, String to) {
        String source = normalize(from);
        String target = normalize(to);
        UnixNode node = lookup(caller, source);
        if (target.startsWith(source + "/")) {
            throw new UnixException(Errno.EINVAL, "A directory cannot be moved into itself.");
        }
        UnixNode sourceParent = lookup(caller, parentOf(source));
        UnixNode targetParent = lookup(caller, parentOf(target));
        require(caller, sourceParent, 3, parentOf(source));
        require(caller, targetParent, 3, parentOf(target));
        sourceParent.children.remove(nameOf(source));
        targetParent.children.put(nameOf(target), node);
    }

    /** Copies a file, or a directory with {@code recursive}; the copy belongs to the caller. */
    public synchronized void copy(UnixCaller caller, String from, String to, boolean recursive) {
        String source = normalize(from);
        String target = normalize(to);
        UnixNode node = lookup(caller, source);
        if (node.directory && !recursive) {
            throw new UnixException(Errno.EISDIR, "The path " + source + " is a directory: copy it with recursive.");
        }
        require(caller, node, 4, source);
        UnixNode targetParent = lookup(caller, parentOf(target));
        UnixNode existing = targetParent.children.get(nameOf(target));
        if (existing != null && existing.directory) {
            targetParent = existing;
            target = target + "/" + nameOf(source);
        }
        require(caller, targetParent, 3, parentOf(target));
        targetParent.children.put(nameOf(target), node.copy(now.get(), caller));
    }

    /** Every directory and file below the root, parents before children, in name order. */
    public synchronized java.util.List<Stored> walk() {
        java.util.List<Stored> all = new ArrayList<>();
        walk(root, "", all);
        return all;
    }

    private static void walk(UnixNode node, String path, java.util.List<Stored> all) {
        node.children.forEach((name, child) -> {
            String childPath = path + "/" + name;
            all.add(new Stored(childPath, entry(name, child), child.directory || child.live != null ? null
                    : child.data.clone()));
            walk(child, childPath, all);
        });
    }

    private UnixNode lookup(UnixCaller caller, String normal) {
        UnixNode node = root;
        StringBuilder walked = new StringBuilder();
        for (String part : parts(normal)) {
            if (!node.directory) {
                throw new UnixException(Errno.ENOTDIR, "The path " + walked + " is not a directory.");
            }
            require(caller, node, 1, walked.length() == 0 ? "/" : walked.toString());
            node = node.children.get(part);
            walked.append('/').append(part);
            if (node == null) {
                throw new UnixException(Errno.ENOENT, "The path " + normal + " does not exist.");
            }
        }
        return node;
    }

    private UnixNode directory(String normal) {
        UnixNode node = root;
        for (String part : parts(normal)) {
            node = node.children.get(part);
            if (node == null || !node.directory) {
                throw new UnixException(Errno.ENOENT, "The directory " + normal + " does not exist.");
            }
        }
        return node;
    }

    /** {@code bits}: 4 read, 2 write, 1 search/execute, checked in the owner's, group's or others' class. */
    private static void require(UnixCaller caller, UnixNode node, int bits, String path) {
        if (caller.superuser()) {
            return;
        }
        int shift = node.uid == caller.uid() ? 6 : node.gid == caller.gid() ? 3 : 0;
        if (((node.mode >> shift) & bits) != bits) {
            throw new UnixException(Errno.EACCES, "EDC5111I Permission denied. (" + caller.userid() + ", uid "
                    + caller.uid() + ", on " + path + ")");
        }
    }

    private static Entry entry(String name, UnixNode node) {
        return new Entry(name, node.directory, node.mode, node.size(), node.uid, node.gid, node.mtime, node.tag);
    }

    private static List<String> parts(String normal) {
        return normal.equals("/") ? List.of() : List.of(normal.substring(1).split("/"));
    }

    static String parentOf(String normal) {
        int slash = normal.lastIndexOf('/');
        return slash <= 0 ? "/" : normal.substring(0, slash);
    }

    static String nameOf(String normal) {
        return normal.substring(normal.lastIndexOf('/') + 1);
    }
}

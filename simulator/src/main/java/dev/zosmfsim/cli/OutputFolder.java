package dev.zosmfsim.cli;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The {@code --out} folder, made safe to write secrets into: it is a folder (made {@code rwx------} when it does not
 * exist yet, whatever the umask), it belongs to the user the simulator runs as, and nobody else can write to it, so
 * nobody else can plant files in it. Each file is written to a new file of its own and then renamed over its name:
 * a symbolic link planted under that name is replaced, never followed, and the file has exactly the mode it asks for.
 */
final class OutputFolder {

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FOLDER =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private final Path folder;
    private final boolean posix;

    private OutputFolder(Path folder, boolean posix) {
        this.folder = folder;
        this.posix = posix;
    }

    /** Makes or checks {@code path}; a {@link StartFailure} says in one line what is wrong with it. */
    static OutputFolder prepare(Path path) {
        Path folder = path.toAbsolutePath().normalize();
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.exists(folder)) {
                create(folder, posix);
            }
            if (!Files.isDirectory(folder)) {
                throw new StartFailure("--out " + path + ": not a folder");
            }
            if (posix) {
                checkOwnerAndMode(path, folder);
            }
            if (!Files.isWritable(folder)) {
                throw new StartFailure("--out " + path + ": not writable by this user");
            }
            return new OutputFolder(folder, posix);
        } catch (AccessDeniedException e) {
            throw new StartFailure("--out " + path + ": permission denied (" + e.getFile() + ")");
        } catch (FileAlreadyExistsException | NoSuchFileException e) {
            throw new StartFailure("--out " + path + ": cannot make the folder (" + e.getFile() + " is in the way)");
        } catch (FileSystemException e) {
            throw new StartFailure("--out " + path + ": cannot make the folder (" + e.getFile()
                    + (e.getReason() == null ? "" : ": " + e.getReason()) + ")");
        } catch (IOException e) {
            throw new StartFailure("--out " + path + ": " + e.getMessage());
        }
    }

    private static void create(Path folder, boolean posix) throws IOException {
        if (!posix) {
            Files.createDirectories(folder);
            return;
        }
        Path parent = folder.getParent();
        if (parent != null && !Files.exists(parent)) {
            Files.createDirectories(parent);
        }
        Files.createDirectory(folder, OWNER_ONLY_FOLDER);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------")); // the umask had its say
    }

    private static void checkOwnerAndMode(Path given, Path folder) throws IOException {
        long me = new UnixSystem().getUid();
        Object owner = Files.getAttribute(folder, "unix:uid");
        if (owner instanceof Integer uid && uid != me) {
            throw new StartFailure("--out " + given + ": belongs to uid " + uid + ", not to this user (uid " + me
                    + "); use a folder of your own" + (me != 0 ? "" : ", or run as its owner"));
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(folder);
        if (mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new StartFailure("--out " + given + ": others can write to it (mode "
                    + PosixFilePermissions.toString(mode) + "), so they could plant files; chmod go-w it");
        }
    }

    Path path() {
        return folder;
    }

    /** Writes {@code name}, readable by everyone (a certificate). */
    Path writePublic(String name, byte[] content) throws IOException {
        return write(name, content, "rw-r--r--");
    }

    /** Writes {@code name}, readable by its owner only (keys, passwords, tokens). */
    Path writePrivate(String name, byte[] content) throws IOException {
        return write(name, content, "rw-------");
    }

    private Path write(String name, byte[] content, String mode) throws IOException {
        Path target = folder.resolve(name);
        Path temporary = folder.resolve("." + name + ".tmp");
        Files.deleteIfExists(temporary); // a link is deleted itself, not its target
        if (posix) {
            Set<PosixFilePermission> permissions = PosixFilePermissions.fromString(mode);
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(permissions)); // fails on anything there
            Files.setPosixFilePermissions(temporary, permissions); // the umask had its say
        } else {
            Files.createFile(temporary);
        }
        try {
            Files.write(temporary, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                    LinkOption.NOFOLLOW_LINKS);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}

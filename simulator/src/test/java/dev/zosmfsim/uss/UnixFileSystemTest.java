package dev.zosmfsim.uss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** POSIX permissions by uid and gid, and what a superuser may do that others may not. */
class UnixFileSystemTest {

    private final UnixFileSystem files = new UnixFileSystem(() -> Instant.parse("2026-06-28T15:34:43Z"));
    private final UnixCaller colin = new UnixCaller("COLIN", 1001, 100, false);
    private final UnixCaller joe = new UnixCaller("JOE", 1002, 100, false);
    private final UnixCaller stranger = new UnixCaller("STRANGE", 1003, 200, false);
    private final UnixCaller root = new UnixCaller("IBMUSER", 0, 0, true);

    UnixFileSystemTest() {
        files.mkdirs("/u/colin", 0755, 1001, 100);
    }

    @Test
    void theOwnerGroupAndOthersGetTheirOwnBits() {
        files.write(colin, "/u/colin/plan.txt", new byte[] {1, 2}, null);
        files.chmod(colin, "/u/colin/plan.txt", 0640, false);

        assertArrayEquals(new byte[] {1, 2}, files.read(joe, "/u/colin/plan.txt"), "the group may read");
        assertEquals(UnixException.Errno.EACCES, assertThrows(UnixException.class,
                () -> files.write(joe, "/u/colin/plan.txt", new byte[0], null)).errno(), "but not write");
        assertEquals(UnixException.Errno.EACCES, assertThrows(UnixException.class,
                () -> files.read(stranger, "/u/colin/plan.txt")).errno(), "others may not read");
        assertEquals(UnixException.Errno.EACCES, assertThrows(UnixException.class,
                () -> files.create(joe, "/u/colin/joes", true, 0755)).errno(), "nor create in a 755 directory");
        assertArrayEquals(new byte[] {1, 2}, files.read(root, "/u/colin/plan.txt"), "a superuser reads anything");
        assertEquals("-rw-r-----", files.stat(colin, "/u/colin/plan.txt").modeString());
    }

    @Test
    void onlyASuperuserChangesOwnersAndOnlyTheOwnerChangesModes() {
        files.create(colin, "/u/colin/dir", true, 0700);
        assertEquals(UnixException.Errno.EPERM, assertThrows(UnixException.class,
                () -> files.chmod(joe, "/u/colin/dir", 0777, false)).errno());
        assertEquals(UnixException.Errno.EPERM, assertThrows(UnixException.class,
                () -> files.chown(colin, "/u/colin/dir", 1002, 100, false)).errno());
        files.chown(root, "/u/colin/dir", 1002, 100, false);
        assertEquals(1002, files.stat(root, "/u/colin/dir").uid());
    }

    @Test
    void aDirectoryIsRemovedWithItsContentsOnlyWhenAskedAndMovesAndCopiesKeepTheBytes() {
        files.create(colin, "/u/colin/a", true, 0755);
        files.write(colin, "/u/colin/a/f", new byte[] {7}, "binary");
        assertEquals(UnixException.Errno.ENOTEMPTY, assertThrows(UnixException.class,
                () -> files.delete(colin, "/u/colin/a", false)).errno());
        files.copy(colin, "/u/colin/a", "/u/colin/b", true);
        files.move(colin, "/u/colin/b/f", "/u/colin/g");
        assertEquals("binary", files.stat(colin, "/u/colin/g").tag());
        files.delete(colin, "/u/colin/a", true);
        assertEquals(Set.of(".", "..", "b", "g"), Set.copyOf(files.list(colin, "/u/colin").stream()
                .map(UnixFileSystem.Entry::name).toList()));
        assertEquals("/u/colin", UnixFileSystem.normalize("//u/./colin/b/.."));
    }

    @Test
    void aFileCanTakeItsContentsFromTheSystemAsItIsRead() {
        StringBuilder log = new StringBuilder("first\n");
        files.mkdirs("/global/zosmf/data/logs", 0755, 0, 1);
        files.putFile("/global/zosmf/data/logs/IZUG0.log", null, () -> log.toString().getBytes(), 0644, 0, 1,
                "ISO8859-1");
        log.append("second\n");
        assertEquals("first\nsecond\n", new String(files.read(colin, "/global/zosmf/data/logs/IZUG0.log")));
        assertTrue(files.list(colin, "/global/zosmf/data/logs").stream().anyMatch(entry -> entry.size() == 13));
        assertEquals(List.of("."), files.list(colin, "/").stream().map(UnixFileSystem.Entry::name).limit(1).toList());
    }
}

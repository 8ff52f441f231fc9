package dev.zosmfsim.files.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The JSON bodies of the z/OS UNIX file services. */
final class UnixBodies {

    private UnixBodies() {
    }

    @JsonPropertyOrder({"name", "mode", "size", "uid", "user", "gid", "group", "mtime"})
    record FileItem(String name, String mode, long size, int uid, String user, int gid, String group, String mtime) {
    }

    /** What {@code chtag} with {@code action: list} answers: one line like {@code ls -T} prints. */
    record Stdout(List<String> stdout) {
    }

    /** A create: {@code type} file or dir (directory), {@code mode} as {@code rwxr-xr-x}. */
    record CreateBody(String type, String mode) {
    }
}

package dev.zosmfsim.cli;

import java.nio.file.Path;

/**
 * The output folder as the clients see it, for the paths in zowe.config.json and in the printed commands: by default
 * the folder's own absolute path; {@code --host-out DIR} names it where clients read it, e.g. the host path of a
 * container's mounted volume; {@code --host-out .} makes the paths relative, valid from inside the folder.
 */
record ClientFolder(String prefix) {

    static ClientFolder of(Path outFolder, String hostOut) {
        if (hostOut == null || hostOut.isBlank()) {
            return new ClientFolder(outFolder.toAbsolutePath().normalize() + "/");
        }
        String given = hostOut.strip();
        if (given.equals(".") || given.equals("./")) {
            return new ClientFolder("");
        }
        return new ClientFolder(given.endsWith("/") ? given : given + "/");
    }

    /** The path of {@code name} in the folder, as a client reads it. */
    String file(String name) {
        return prefix + name;
    }

    /** The folder itself, as a client reads it ("." when the paths are relative). */
    String folder() {
        return prefix.isEmpty() ? "." : prefix.substring(0, prefix.length() - 1);
    }
}

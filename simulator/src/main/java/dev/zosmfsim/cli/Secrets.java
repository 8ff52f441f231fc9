package dev.zosmfsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Passwords and the admin token from places {@code ps} does not show: files ({@code --user-file},
 * {@code --admin-token-file}) and the environment ({@code ZOSMF_SIM_USERS}, {@code ZOSMF_SIM_ADMIN_TOKEN}). Options
 * on the command line still work, and win; the files and variables are for where other users can list processes.
 */
final class Secrets {

    /** Blank-separated {@code USERID:PASSWORD[:special][:cert]} entries. */
    static final String USERS_VARIABLE = "ZOSMF_SIM_USERS";
    /** The admin API's token. */
    static final String TOKEN_VARIABLE = "ZOSMF_SIM_ADMIN_TOKEN";

    private final Map<String, String> environment;

    Secrets(Map<String, String> environment) {
        this.environment = environment;
    }

    /**
     * The users of {@code ZOSMF_SIM_USERS}, then those of {@code file} (one entry a line; blank lines and lines
     * starting with {@code #} are skipped). A bad entry is a usage error naming where it is.
     */
    List<UserOption> users(Path file) {
        List<UserOption> users = new ArrayList<>();
        String variable = environment.get(USERS_VARIABLE);
        if (variable != null) {
            for (String entry : variable.strip().split("\\s+")) {
                if (!entry.isEmpty()) {
                    users.add(parse(entry, USERS_VARIABLE));
                }
            }
        }
        if (file != null) {
            List<String> lines = read(file, "--user-file");
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    users.add(parse(line, file + ":" + (i + 1)));
                }
            }
        }
        return users;
    }

    /** The token: the option's, else the file's first line, else {@code ZOSMF_SIM_ADMIN_TOKEN}'s; null for random. */
    String adminToken(String option, Path file) {
        if (option != null) {
            return option;
        }
        if (file != null) {
            List<String> lines = read(file, "--admin-token-file");
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                throw new UsageError("--admin-token-file " + file + ": the file is empty");
            }
            return lines.get(0).strip();
        }
        String variable = environment.get(TOKEN_VARIABLE);
        return variable == null || variable.isBlank() ? null : variable.strip();
    }

    private static UserOption parse(String entry, String where) {
        try {
            return UserOption.parse(entry);
        } catch (IllegalArgumentException e) {
            throw new UsageError(where + ": " + e.getMessage());
        }
    }

    private static List<String> read(Path file, String option) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageError(option + " " + file + ": cannot read it ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    /** A bad value given through a file or variable: reported like a bad option, exit code 2. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }
}

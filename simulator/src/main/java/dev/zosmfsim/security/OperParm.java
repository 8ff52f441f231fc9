package dev.zosmfsim.security;

import dev.zosmfsim.console.ConsoleAuthority;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The OPERPARM segment of a RACF user profile, as far as the simulator uses it: AUTH, the command authority of the
 * user's extended MCS consoles. {@code AUTH(ALL)} stands for SYS, IO and CONS together; MASTER allows every command;
 * without a segment a console has INFO authority (displays only).
 */
public record OperParm(Set<ConsoleAuthority> auth) {

    private static final Set<ConsoleAuthority> ALL = EnumSet.of(ConsoleAuthority.SYS, ConsoleAuthority.IO,
            ConsoleAuthority.CONS);

    public OperParm {
        if (auth == null || auth.isEmpty()) {
            throw new IllegalArgumentException("OPERPARM AUTH names at least one of MASTER, ALL, INFO, SYS, IO or CONS");
        }
        auth = Set.copyOf(EnumSet.copyOf(auth));
    }

    /** AUTH as RACF writes it: MASTER, ALL, INFO, SYS, IO or CONS, one or more (ALTUSER's {@code AUTH(SYS,IO)}). */
    public static OperParm parse(Collection<String> words) {
        Set<ConsoleAuthority> auth = EnumSet.noneOf(ConsoleAuthority.class);
        for (String word : words) {
            String upper = word.trim().toUpperCase(Locale.ROOT);
            if (upper.equals("ALL")) {
                auth.addAll(ALL);
            } else {
                auth.add(ConsoleAuthority.parse(upper));
            }
        }
        return new OperParm(auth);
    }

    /** {@code OPERPARM(AUTH(MASTER))} and the like: one authority. */
    public static OperParm of(ConsoleAuthority authority) {
        return new OperParm(EnumSet.of(authority));
    }

    /** Whether a console with this authority may issue a command of group {@code needed}. */
    public boolean allows(ConsoleAuthority needed) {
        return needed == ConsoleAuthority.INFO || auth.contains(ConsoleAuthority.MASTER) || auth.contains(needed);
    }

    /** AUTH's values as RACF lists them: ALL for SYS, IO and CONS together. */
    public List<String> words() {
        Set<String> words = new LinkedHashSet<>();
        Set<ConsoleAuthority> rest = EnumSet.copyOf(auth);
        if (rest.containsAll(ALL)) {
            rest.removeAll(ALL);
            words.add("ALL");
        }
        rest.forEach(authority -> words.add(authority.name()));
        return List.copyOf(words);
    }
}

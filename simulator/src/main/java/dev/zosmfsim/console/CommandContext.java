package dev.zosmfsim.console;

import dev.zosmfsim.zosmf.SystemIdentity;
import java.time.Instant;

/** What a command processor may look at: who issues the command, on which console, when, on which system. */
public record CommandContext(String userid, String consoleName, Instant now, SystemIdentity system) {
}

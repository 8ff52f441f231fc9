package dev.zosmfsim.console;

import dev.zosmfsim.cea.AddressSpaceOperations;
import dev.zosmfsim.cea.AddressSpaceView;
import dev.zosmfsim.cea.CeaParameters;
import dev.zosmfsim.zosmf.SystemIdentity;
import dev.zosmfsim.zosmf.ZosmfServerState;
import java.time.Instant;
import java.util.Map;

/**
 * What a command processor may look at and change: who issues the command, on which console, when, and the parts of
 * the system that operator commands display or act on. Displays read {@link #addressSpaces()}; a command that
 * ends address spaces goes through {@link #operations()}, which writes the system's messages for it.
 * {@link #authorizer()} decides for the issuer, so that a command routed on to another system is checked there too.
 */
public record CommandContext(String userid, String consoleName, Instant now, SystemIdentity system, Instant iplTime,
        AddressSpaceView addressSpaces, AddressSpaceOperations operations, Map<String, CeaParameters> ceaMembers,
        ZosmfServerState zosmf, SystemMessages messages, CommandAuthorizer authorizer) {

    /** The time of the command on the system's local clock. */
    public java.time.LocalDateTime localNow() {
        return system.localTime(now);
    }
}

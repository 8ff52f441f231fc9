package dev.zosmfsim.security;

import dev.zosmfsim.console.CommandAuthorizer;
import dev.zosmfsim.console.CommandNeed;
import java.util.Optional;

/**
 * RACF's say over operator commands, read at each command: the OPERCMDS profile that covers the command's resource
 * decides where there is one (READ, UPDATE or CONTROL as the command needs); where none does, the user's OPERPARM
 * AUTH does, INFO without a segment.
 */
public final class OperatorCommandAuthority implements CommandAuthorizer {

    private final RacfDatabase racf;

    public OperatorCommandAuthority(RacfDatabase racf) {
        this.racf = racf;
    }

    @Override
    public boolean mayIssue(String userid, CommandNeed need) {
        Optional<AccessLevel> access = racf.access(RacfDatabase.OPERCMDS, userid, need.resource());
        if (access.isPresent()) {
            return access.get().allows(AccessLevel.parse(need.access().name()));
        }
        OperParm operParm = racf.user(userid).map(UserProfile::operParm).orElse(null);
        return operParm == null ? need.group() == dev.zosmfsim.console.ConsoleAuthority.INFO
                : operParm.allows(need.group());
    }
}

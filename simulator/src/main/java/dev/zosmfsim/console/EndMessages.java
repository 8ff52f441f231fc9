package dev.zosmfsim.console;

import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.cea.AddressSpaceEvents;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.zosmf.SystemIdentity;

/**
 * The system messages of an address space that an operator ended, written once for every way it can be ended (the
 * console's CANCEL, the admin API's cancel): {@code IEF450I userid proc - ABEND=S222 U0000 REASON=00000000}, S222
 * being the abend code of an operator's cancel.
 */
public final class EndMessages implements AddressSpaceEvents {

    private final SystemMessages messages;
    private final SystemIdentity system;
    private final SimClock clock;

    public EndMessages(SystemMessages messages, SystemIdentity system, SimClock clock) {
        this.messages = messages;
        this.system = system;
        this.clock = clock;
    }

    @Override
    public void ended(AddressSpace space, AddressSpace.EndReason reason) {
        if (reason == AddressSpace.EndReason.CANCELLED) {
            messages.write(space.userid(), " IEF450I " + space.userid() + " " + space.parameters().logonProc()
                    + " - ABEND=S222 U0000 REASON=00000000  TIME="
                    + DisplayTime.TIME.format(system.localTime(clock.now())));
        }
    }
}

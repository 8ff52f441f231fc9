package dev.zosmfsim.cea;

import java.util.List;

/**
 * The named operations that change the address-space table on an operator's (or an administrator's) behalf. Each
 * writes its system messages once, through {@link AddressSpaceEvents}: the console's {@code C U=}, the admin API's
 * cancel (which issues it) and a JES cancel of a TSU job all end an address space the same way.
 */
public interface AddressSpaceOperations {

    /**
     * {@code C U=userid}: cancels every address space of {@code userid} or, with {@code asid}, the one with that ASID
     * if it is the user's; returns those ended (none when nothing matched).
     */
    List<AddressSpace> cancel(String userid, Integer asid);

    /** Ends every address space, for {@code reason} (z/OSMF stopping); returns those ended. */
    List<AddressSpace> endAll(AddressSpace.EndReason reason);

    /** Switches to another CEAPRMxx member (F CEA,CEA=xx): new starts see the new limits; running ones stay. */
    void useParameters(CeaParameters next);
}

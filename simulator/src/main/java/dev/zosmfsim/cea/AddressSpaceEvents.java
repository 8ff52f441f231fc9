package dev.zosmfsim.cea;

/**
 * What the system says when an address space ends on an operator's behalf. The console writes the messages
 * (IEF450I ... ABEND=S222 for a cancel); CEA only tells it that it happened, once per address space.
 */
@FunctionalInterface
public interface AddressSpaceEvents {

    /** Says nothing: for tables that no system's messages follow. */
    AddressSpaceEvents NONE = (space, reason) -> { };

    /** {@code space} ended for {@code reason}. */
    void ended(AddressSpace space, AddressSpace.EndReason reason);
}

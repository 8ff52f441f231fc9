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

    /**
     * {@code space} has just been started (JES2 gives it its TSU job). Called with the table locked: a listener must
     * not call back into the table.
     */
    default void started(AddressSpace space) {
    }

    /** Tells {@code first}, then {@code second}. */
    static AddressSpaceEvents both(AddressSpaceEvents first, AddressSpaceEvents second) {
        return new AddressSpaceEvents() {
            @Override
            public void ended(AddressSpace space, AddressSpace.EndReason reason) {
                first.ended(space, reason);
                second.ended(space, reason);
            }

            @Override
            public void started(AddressSpace space) {
                first.started(space);
                second.started(space);
            }
        };
    }
}

package dev.zosmfsim.cea;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The address-space table as displays read it (D A,L, F CEA,D,S, F CEA,DIAG,SESSTABLE, $D A): nothing here changes
 * it. Changes go through {@link AddressSpaceOperations}.
 */
public interface AddressSpaceView {

    /** The live address spaces, oldest first. */
    List<AddressSpace> live();

    /** The live address space with this ASID. */
    Optional<AddressSpace> byAsid(int asid);

    int inUse();

    /** The most address spaces in use at once since the system started. */
    int highCount();

    /** How many starts found ALLOWED (MAXSESSIONS) reached and were refused (F CEA,D,S's HIGHCNT). */
    int allowedReachedCount();

    /** The CEAPRMxx member in force. */
    CeaParameters parameters();

    Duration idleTimeout();
}

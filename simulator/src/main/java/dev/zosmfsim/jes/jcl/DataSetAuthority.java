package dev.zosmfsim.jes.jcl;

import java.util.Optional;

/**
 * RACF's word on a job's data set access (read to open for input or to submit it, update to open for output, alter
 * to create or delete); a refusal has already written ICH408I to the system log, and comes back as RACF's message.
 */
@FunctionalInterface
public interface DataSetAuthority {

    /** The access a job asks for. */
    enum Access { READ, UPDATE, ALTER }

    /** Empty when {@code userid} may reach {@code dsn} on {@code volume} with {@code access}; else RACF's message. */
    Optional<String> refusal(String userid, String dsn, String volume, Access access);

    default boolean permits(String userid, String dsn, String volume, Access access) {
        return refusal(userid, dsn, volume, access).isEmpty();
    }
}

package dev.zosmfsim.jes.jcl;

/**
 * RACF's word on a batch job's data set access (read to open for input, update to open for output, alter to create
 * or delete); a refusal has already written ICH408I to the system log.
 */
public interface DataSetAuthority {

    /** The access a job asks for. */
    enum Access { READ, UPDATE, ALTER }

    boolean permits(String userid, String dsn, String volume, Access access);

    /** Everything allowed (a system without RACF data set profiles). */
    DataSetAuthority ANYTHING = (userid, dsn, volume, access) -> true;
}

package dev.zosmfsim.jes.jcl;

import java.util.List;

/**
 * A DD statement of a step: a SYSOUT data set ({@code sysoutClass} the class, {@code *} for the job's MSGCLASS),
 * instream data, DUMMY, or a data set name (data sets are not modelled: the name is kept, nothing is allocated).
 */
public record JclDd(String name, String sysoutClass, List<String> instream, boolean dummy, String dsn) {
}

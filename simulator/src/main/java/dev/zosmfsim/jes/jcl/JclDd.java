package dev.zosmfsim.jes.jcl;

import java.util.List;

/**
 * A DD statement of a step: a SYSOUT data set ({@code sysoutClass} the class, {@code *} for the job's MSGCLASS),
 * instream data, DUMMY, or a data set of the catalog ({@code dataSet}).
 */
public record JclDd(String name, String sysoutClass, List<String> instream, boolean dummy, DataSetDd dataSet) {

    public boolean sysout() {
        return sysoutClass != null;
    }
}

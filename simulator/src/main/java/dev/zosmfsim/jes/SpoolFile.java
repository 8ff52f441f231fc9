package dev.zosmfsim.jes;

import java.util.List;

/**
 * One spool data set of a job: JESMSGLG (id 2), JESJCL (3), JESYSMSG (4), then each SYSOUT DD from 102 on, as JES2
 * numbers them. {@code procstep} is null where there is none.
 */
public record SpoolFile(int id, String ddname, String stepname, String procstep, String recfm, int lrecl,
        String outputClass, List<String> records) {

    public SpoolFile {
        records = List.copyOf(records);
    }

    /** The bytes the records take, each with its end-of-line, as z/OSMF counts them for text. */
    public long byteCount() {
        return records.stream().mapToLong(record -> record.length() + 1L).sum();
    }

    public int recordCount() {
        return records.size();
    }
}

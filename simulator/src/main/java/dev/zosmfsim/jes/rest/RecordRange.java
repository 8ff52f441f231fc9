package dev.zosmfsim.jes.rest;

import dev.zosmfsim.jes.JesException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The X-IBM-Record-Range header: {@code SSS-EEE} (records SSS through EEE) or {@code SSS,NNN} (NNN records from
 * SSS), counting from 0. A range past the end answers what there is.
 */
final class RecordRange {

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,9})\\s*([-,])\\s*(\\d{1,9})\\s*");

    private RecordRange() {
    }

    static List<String> apply(List<String> records, String header) {
        if (header == null) {
            return records;
        }
        Matcher matcher = RANGE.matcher(header);
        if (!matcher.matches()) {
            throw JesException.service(4, "Value of X-IBM-Record-Range header is not valid");
        }
        long start = Long.parseLong(matcher.group(1));
        long second = Long.parseLong(matcher.group(3));
        long end = matcher.group(2).equals("-") ? second + 1 : start + second;
        if (end < start) {
            throw JesException.service(4, "Value of X-IBM-Record-Range header is not valid");
        }
        int from = (int) Math.min(start, records.size());
        int to = (int) Math.min(end, records.size());
        return records.subList(from, to);
    }
}

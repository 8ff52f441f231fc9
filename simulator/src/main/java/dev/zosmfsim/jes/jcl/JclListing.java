package dev.zosmfsim.jes.jcl;

import java.util.ArrayList;
import java.util.List;

/**
 * JESJCL: the job's JCL statements as the converter listed them, each statement's first card numbered, its
 * continuation cards not, the job id in columns 73-80 of the JOB card. Comments are listed; instream data is not.
 */
public final class JclListing {

    private JclListing() {
    }

    public static List<String> of(List<String> lines, String jobId) {
        List<String> listing = new ArrayList<>();
        int number = 0;
        boolean continues = false;
        boolean first = true;
        boolean inData = false;
        for (String raw : lines) {
            String line = JclParser.columns(raw).stripTrailing();
            if (inData) {
                if (line.startsWith("/*") || line.startsWith("//")) {
                    inData = false;
                    if (line.startsWith("/*")) {
                        continue;
                    }
                } else {
                    continue;
                }
            }
            if (!line.startsWith("//")) {
                continue;
            }
            if (line.startsWith("//*")) {
                listing.add("          " + line);
                continue;
            }
            if (continues) {
                listing.add("          " + line);
            } else {
                number++;
                String card = first ? String.format("%-72s%s", line, jobId) : line;
                listing.add(String.format("%9d %s", number, card));
                first = false;
            }
            String upper = line.toUpperCase(java.util.Locale.ROOT);
            String field = fieldOf(line, continues);
            continues = field.endsWith(",");
            if (!continues && upper.matches("//\\S*\\s+DD\\s+(\\*|DATA).*")) {
                inData = true;
            }
        }
        return listing;
    }

    /** The operand field of a card (after the name and the operation), up to the first blank outside quotes. */
    private static String fieldOf(String line, boolean continuation) {
        String rest = line.substring(2);
        if (!continuation) {
            if (!rest.startsWith(" ")) {
                int blank = rest.indexOf(' ');
                rest = blank < 0 ? "" : rest.substring(blank);
            }
            rest = rest.stripLeading();
            int blank = rest.indexOf(' ');
            rest = blank < 0 ? "" : rest.substring(blank);
        }
        rest = rest.stripLeading();
        boolean quoted = false;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                return rest.substring(0, i);
            }
        }
        return rest;
    }
}

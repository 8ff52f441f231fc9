package dev.zosmfsim.testing;

import dev.zosmfsim.journal.RequestJournal;
import java.net.URI;
import java.util.List;

/**
 * The requests a simulator answered during one failed test, attached to the test's failure as a suppressed exception
 * so that every report (console, Surefire XML, IDE) shows them beside the assertion that failed. It has no stack trace
 * of its own: its message is the journal.
 */
public final class RequestJournalExcerpt extends Exception {

    RequestJournalExcerpt(URI baseUri, long afterSequence, List<RequestJournal.Entry> entries) {
        super(render(baseUri, afterSequence, entries), null, false, false);
    }

    /** The journal lines as text: one request per line, oldest first. */
    static String render(URI baseUri, long afterSequence, List<RequestJournal.Entry> entries) {
        StringBuilder text = new StringBuilder("requests the zosmf-sim at " + baseUri + " answered during this test: "
                + entries.size());
        if (!entries.isEmpty() && entries.get(0).sequence() > afterSequence + 1) {
            text.append(" (the journal no longer holds the ").append(entries.get(0).sequence() - afterSequence - 1)
                    .append(" before them)");
        }
        for (RequestJournal.Entry entry : entries) {
            text.append("\n  #").append(entry.sequence()).append(' ').append(entry.time()).append(' ')
                    .append(entry.method()).append(' ').append(entry.path()).append(" -> ").append(entry.status())
                    .append(entry.userid() == null ? " (no logon)" : " " + entry.userid());
        }
        return text.toString();
    }
}

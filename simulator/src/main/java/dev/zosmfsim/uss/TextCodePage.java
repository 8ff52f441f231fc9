package dev.zosmfsim.uss;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * The code page a z/OS UNIX file's text is in: its tag (IBM-1047, ISO8859-1, UTF-8 as z/OS names them), or
 * IBM-1047 when it is untagged or tagged binary. What reads a file as text (the files service, a submit) asks here.
 */
public final class TextCodePage {

    /** The code page of untagged files. */
    public static final Charset UNTAGGED = Charset.forName("IBM1047");

    private TextCodePage() {
    }

    /** The Java charset of a code page as z/OS names it, if Java has it. */
    public static Optional<Charset> named(String name) {
        for (String candidate : new String[] {name, name.replace("IBM-", "IBM"), name.replace("ISO8859-", "ISO-8859-")}) {
            try {
                return Optional.of(Charset.forName(candidate));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }

    /** The code page a file of {@code tag} (null when untagged) is read in as text; empty for a tag Java lacks. */
    public static Optional<Charset> ofTag(String tag) {
        return tag == null || tag.equals("binary") ? Optional.of(UNTAGGED) : named(tag);
    }
}

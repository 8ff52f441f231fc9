package dev.zosmfsim.system;

import dev.zosmfsim.datasets.DataSetAttributes;
import dev.zosmfsim.datasets.Records;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * How the export writes stored contents: as text when the text gives the same bytes back on load and is plain
 * (lines of printable characters), otherwise as the bytes in base64. How the loader reads a scenario's bytes back.
 */
final class ContentForm {

    /** Either {@code text} or {@code binary} (base64) is set. */
    record Content(String text, String binary) {
    }

    private ContentForm() {
    }

    /** A data set's or member's records. */
    static Content of(List<byte[]> records, DataSetAttributes attributes) {
        String text = Records.toText(records, attributes, Records.DEFAULT_EBCDIC);
        if (plain(text) && same(Records.ofLines(text, attributes), records)) {
            return new Content(text, null);
        }
        return new Content(null, Base64.getEncoder().encodeToString(Records.toBinary(records)));
    }

    /** A z/OS UNIX file's bytes, read in {@code codePage} as the loader writes them. */
    static Content of(byte[] data, Charset codePage) {
        String text = new String(data, codePage);
        if (plain(text) && Arrays.equals(text.getBytes(codePage), data)) {
            return new Content(text, null);
        }
        return new Content(null, Base64.getEncoder().encodeToString(data));
    }

    /** The bytes a scenario's {@code binary} holds (the validator has checked that it is base64). */
    static byte[] bytes(String binary) {
        return Base64.getDecoder().decode(binary.replaceAll("\\s", ""));
    }

    /** Lines of printable characters (and tabs): what YAML and a text file keep as they are. */
    static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c < 0xa0 || c == 0x2028
                    || c == 0x2029 || c == 0xfeff;
            if (control) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(List<byte[]> left, List<byte[]> right) {
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (!Arrays.equals(left.get(i), right.get(i))) {
                return false;
            }
        }
        return true;
    }
}

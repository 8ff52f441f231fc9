package dev.zosmfsim.datasets;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records as z/OS keeps them, and the three ways z/OSMF moves them: text (converted between the client's UTF-8 and
 * the data set's EBCDIC code page, one line per record), binary (the bytes of the records, one after another) and
 * record (each record's bytes after a 4-byte big-endian length).
 */
public final class Records {

    /** The code page of data sets unless a request names another (fileEncoding). */
    public static final Charset DEFAULT_EBCDIC = Charset.forName("IBM1047");
    private static final byte EBCDIC_BLANK = 0x40;

    private Records() {
    }

    /** What a write made of its input: the records, and whether a line was longer than a record may be. */
    public record Written(List<byte[]> records, boolean truncated) {
    }

    public static long size(List<byte[]> records) {
        long total = 0;
        for (byte[] record : records) {
            total += record.length;
        }
        return total;
    }

    /**
     * Text to records: one record per line (LF or CR LF), converted to {@code codePage}. A line longer than the
     * longest record is cut to it and the rest is written (z/OSMF writes every line and reports the truncation at
     * the end). Records of fixed length are padded with blanks.
     */
    public static Written fromText(String text, DataSetAttributes attributes, Charset codePage) {
        if (text.isEmpty()) {
            return new Written(List.of(), false);
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        List<String> lines = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return encode(lines, attributes, codePage);
    }

    /** Lines to records, one a line, as {@link #fromText} converts each. */
    private static Written encode(List<String> lines, DataSetAttributes attributes, Charset codePage) {
        List<byte[]> records = new ArrayList<>();
        boolean truncated = false;
        int max = attributes.recfm().maxData(attributes.lrecl(), attributes.blksize());
        for (String line : lines) {
            byte[] bytes = line.getBytes(codePage);
            if (bytes.length > max) {
                bytes = Arrays.copyOf(bytes, max);
                truncated = true;
            }
            records.add(attributes.recfm().fixed() ? pad(bytes, attributes.lrecl(), EBCDIC_BLANK) : bytes);
        }
        return new Written(records, truncated);
    }

    /** Records to text: each record converted and ended by LF; fixed records lose their trailing blanks. */
    public static String toText(List<byte[]> records, DataSetAttributes attributes, Charset codePage) {
        StringBuilder text = new StringBuilder();
        for (byte[] record : records) {
            String line = new String(record, codePage);
            if (attributes.recfm().fixed()) {
                line = line.stripTrailing();
            }
            text.append(line).append('\n');
        }
        return text.toString();
    }

    /**
     * Bytes to records, as a binary write stores them: fixed records are cut at LRECL (the last one padded with
     * zeros), variable and undefined records at the longest record they may hold.
     */
    public static Written fromBinary(byte[] data, DataSetAttributes attributes) {
        List<byte[]> records = new ArrayList<>();
        int max = attributes.recfm().maxData(attributes.lrecl(), attributes.blksize());
        for (int at = 0; at < data.length; at += max) {
            byte[] record = Arrays.copyOfRange(data, at, Math.min(data.length, at + max));
            records.add(attributes.recfm().fixed() ? pad(record, attributes.lrecl(), (byte) 0) : record);
        }
        return new Written(records, false);
    }

    public static byte[] toBinary(List<byte[]> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        records.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** Records each after a 4-byte big-endian length; a length past the data or past LRECL is refused. */
    public static Written fromRecordMode(byte[] data, DataSetAttributes attributes) {
        List<byte[]> records = new ArrayList<>();
        boolean truncated = false;
        int max = attributes.recfm().maxData(attributes.lrecl(), attributes.blksize());
        ByteBuffer buffer = ByteBuffer.wrap(data);
        while (buffer.hasRemaining()) {
            if (buffer.remaining() < 4) {
                throw new IllegalArgumentException("the record data ends inside a record length");
            }
            int length = buffer.getInt();
            if (length < 0 || length > buffer.remaining()) {
                throw new IllegalArgumentException("a record length of " + length + " goes past the data");
            }
            byte[] record = new byte[length];
            buffer.get(record);
            if (record.length > max) {
                record = Arrays.copyOf(record, max);
                truncated = true;
            }
            records.add(attributes.recfm().fixed() ? pad(record, attributes.lrecl(), (byte) 0) : record);
        }
        return new Written(records, truncated);
    }

    public static byte[] toRecordMode(List<byte[]> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] record : records) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(record.length).array());
            out.writeBytes(record);
        }
        return out.toByteArray();
    }

    /** Records as lines in the default code page, one a record; fixed records lose their trailing blanks. */
    public static List<String> lines(List<byte[]> records, DataSetAttributes attributes) {
        List<String> lines = new ArrayList<>(records.size());
        for (byte[] record : records) {
            String line = new String(record, DEFAULT_EBCDIC);
            lines.add(attributes.recfm().fixed() ? line.stripTrailing() : line);
        }
        return lines;
    }

    /** Lines as records in the default code page, one a line (what a batch program writes). */
    public static List<byte[]> ofLines(List<String> lines, DataSetAttributes attributes) {
        return encode(lines, attributes, DEFAULT_EBCDIC).records();
    }

    /** Text lines as records in the default code page (what a scenario's inline content is). */
    public static List<byte[]> ofLines(String text, DataSetAttributes attributes) {
        return fromText(text, attributes, DEFAULT_EBCDIC).records();
    }

    private static byte[] pad(byte[] bytes, int length, byte filler) {
        if (bytes.length >= length) {
            return bytes;
        }
        byte[] padded = Arrays.copyOf(bytes, length);
        Arrays.fill(padded, bytes.length, length, filler);
        return padded;
    }
}

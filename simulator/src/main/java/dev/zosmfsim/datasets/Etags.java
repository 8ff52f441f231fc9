package dev.zosmfsim.datasets;

import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The ETag z/OSMF gives a data set's or member's contents: it changes when the records change and only then, so
 * that a client can write back with If-Match and learn of a change made in between.
 */
public final class Etags {

    private Etags() {
    }

    public static String of(List<byte[]> records) {
        CRC32 lengths = new CRC32();
        CRC32 contents = new CRC32();
        for (byte[] record : records) {
            lengths.update(new byte[] {(byte) (record.length >>> 24), (byte) (record.length >>> 16),
                    (byte) (record.length >>> 8), (byte) record.length});
            contents.update(record);
        }
        return String.format(Locale.ROOT, "%08X%08X", lengths.getValue(), contents.getValue());
    }
}

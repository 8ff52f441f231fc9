package dev.zosmfsim.files.rest;

import dev.zosmfsim.uss.TextCodePage;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * The X-IBM-Data-Type header: {@code text} (the default, with an optional {@code ;fileEncoding=IBM-nnn} naming the
 * data's code page on z/OS), {@code binary} or {@code record}.
 */
record DataType(Mode mode, Charset zosCodePage) {

    enum Mode { TEXT, BINARY, RECORD }

    static DataType parse(String header, Charset defaultCodePage) {
        if (header == null || header.isBlank()) {
            return new DataType(Mode.TEXT, defaultCodePage);
        }
        String[] parts = header.split(";");
        String kind = parts[0].trim().toLowerCase(Locale.ROOT);
        Mode mode = switch (kind) {
            case "text" -> Mode.TEXT;
            case "binary" -> Mode.BINARY;
            case "record" -> Mode.RECORD;
            default -> throw FilesError.badRequest("The X-IBM-Data-Type '" + header
                    + "' is not text, binary or record.");
        };
        Charset codePage = defaultCodePage;
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("fileEncoding")) {
                codePage = charset(pair[1].trim());
            }
        }
        return new DataType(mode, codePage);
    }

    /** IBM-1047, IBM-037, ISO8859-1, UTF-8 as z/OS names them. */
    static Charset charset(String name) {
        return TextCodePage.named(name).orElseThrow(() -> FilesError.badRequest("The file encoding '" + name
                + "' is not a code page z/OSMF can convert."));
    }
}

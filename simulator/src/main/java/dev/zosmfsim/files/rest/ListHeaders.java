package dev.zosmfsim.files.rest;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The headers of a list request: X-IBM-Max-Items (z/OSMF answers at most 1000 items unless it says otherwise; 0 is
 * no limit) and X-IBM-Attributes ({@code dsname}, {@code base} or {@code vol}, with {@code ,total} for totalRows).
 */
record ListHeaders(long limit, String attributes, boolean total) {

    static final int DEFAULT_MAX_ITEMS = 1000;

    static ListHeaders of(Context ctx) {
        String max = ctx.header("X-IBM-Max-Items");
        long limit = DEFAULT_MAX_ITEMS;
        if (max != null) {
            if (!max.trim().matches("\\d{1,9}")) {
                throw FilesError.badRequest("X-IBM-Max-Items must be a number, got '" + max + "'.");
            }
            limit = Long.parseLong(max.trim());
            limit = limit == 0 ? Long.MAX_VALUE : limit;
        }
        String attributes = "dsname";
        boolean total = false;
        String header = ctx.header("X-IBM-Attributes");
        if (header != null) {
            for (String part : header.toLowerCase(Locale.ROOT).split(",")) {
                switch (part.trim()) {
                    case "base", "vol", "dsname", "member" -> attributes = part.trim();
                    case "total" -> total = true;
                    default -> throw FilesError.badRequest("X-IBM-Attributes must be base, vol or dsname"
                            + " (optionally with ,total), got '" + header + "'.");
                }
            }
        }
        return new ListHeaders(limit, attributes, total);
    }
}

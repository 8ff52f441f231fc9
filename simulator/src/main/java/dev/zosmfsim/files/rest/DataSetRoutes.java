package dev.zosmfsim.files.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.datasets.Catalog;
import dev.zosmfsim.datasets.DataSet;
import dev.zosmfsim.datasets.DataSetAttributes;
import dev.zosmfsim.datasets.DataSetException;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.DsnPattern;
import dev.zosmfsim.datasets.Etags;
import dev.zosmfsim.datasets.RecordFormat;
import dev.zosmfsim.datasets.Records;
import dev.zosmfsim.http.LoggedOnUser;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.security.AccessLevel;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The handlers of {@code /zosmf/restfiles/ds}: list data sets and members, read, write, create, delete, and the
 * PUT requests rename, copy, hrecall, hmigrate and hdelete. Thin: the {@link Catalog} does the work.
 */
final class DataSetRoutes {

    private final ServerContext context;
    private final AtomicLong writers = new AtomicLong();

    DataSetRoutes(ServerContext context) {
        this.context = context;
    }

    private Catalog catalog() {
        return context.system().datasets();
    }

    void list(Context ctx) {
        String level = ctx.queryParam("dslevel");
        if (level == null || level.isBlank()) {
            throw FilesError.badRequest("The dslevel query parameter is required.");
        }
        DsnPattern pattern;
        try {
            pattern = DsnPattern.parse(level);
        } catch (IllegalArgumentException e) {
            throw FilesError.badRequest(e.getMessage());
        }
        String volser = ctx.queryParam("volser");
        String start = upper(ctx.queryParam("start"));
        ListHeaders headers = ListHeaders.of(ctx);
        List<DataSet> matching = catalog().list(pattern).stream()
                .filter(dataSet -> volser == null || dataSet.volume().equalsIgnoreCase(volser))
                .filter(dataSet -> start == null || dataSet.name().value().compareTo(start) >= 0).toList();
        List<DataSetBodies.DataSetItem> items = matching.stream().limit(headers.limit())
                .map(dataSet -> DataSetItems.of(dataSet, headers.attributes())).toList();
        context.json().write(ctx, 200, new DataSetBodies.ListBody(items, items.size(),
                headers.total() ? matching.size() : null, items.size() < matching.size() ? Boolean.TRUE : null, 1));
    }

    void get(Context ctx) {
        DataSetPath path = DataSetPath.parse(ctx.pathParam("path"));
        DataSetAccess.require(context, ctx, path.name(), AccessLevel.READ);
        recallIfAsked(ctx, path.name());
        if (path.memberList()) {
            String start = upper(ctx.queryParam("start"));
            ListHeaders headers = ListHeaders.of(ctx);
            var members = catalog().members(path.name(), ctx.queryParam("pattern")).stream()
                    .filter(member -> start == null || member.name().compareTo(start) >= 0).toList();
            var items = members.stream().limit(headers.limit())
                    .map(member -> DataSetItems.of(member, headers.attributes())).toList();
            context.json().write(ctx, 200, new DataSetBodies.ListBody(items, items.size(),
                    headers.total() ? members.size() : null, items.size() < members.size() ? Boolean.TRUE : null, 1));
            return;
        }
        DataSetAttributes attributes = catalog().get(path.name()).attributes();
        List<byte[]> records = catalog().read(path.name(), path.member());
        String etag = Etags.of(records);
        ctx.header("ETag", etag);
        if (etag.equals(unquoted(ctx.header("If-None-Match")))) {
            ctx.status(304);
            return;
        }
        DataType type = DataType.parse(ctx.header("X-IBM-Data-Type"), Records.DEFAULT_EBCDIC);
        switch (type.mode()) {
            case TEXT -> ctx.status(200).contentType("text/plain; charset=UTF-8").result(
                    Records.toText(records, attributes, type.zosCodePage()).getBytes(StandardCharsets.UTF_8));
            case BINARY -> ctx.status(200).contentType("application/octet-stream").result(Records.toBinary(records));
            case RECORD -> ctx.status(200).contentType("application/octet-stream")
                    .result(Records.toRecordMode(records));
        }
    }

    void put(Context ctx) {
        DataSetPath path = DataSetPath.parse(ctx.pathParam("path"));
        if (ctx.header("X-IBM-Data-Type") == null && RequestBodies.isJson(ctx.header("Content-Type"))) {
            new DataSetRequests(context, owner(ctx)).handle(ctx, path);
            return;
        }
        DataSetAccess.require(context, ctx, path.name(), AccessLevel.UPDATE);
        recallIfAsked(ctx, path.name());
        DataType type = DataType.parse(ctx.header("X-IBM-Data-Type"), Records.DEFAULT_EBCDIC);
        String owner = owner(ctx);
        Catalog catalog = catalog();
        // the enqueue is held while the body comes in: a second writer of the same member meanwhile is refused
        catalog.enqueues().acquire(path.name(), path.member(), owner);
        try {
            DataSet dataSet = catalog.get(path.name());
            String ifMatch = unquoted(ctx.header("If-Match"));
            boolean existed = path.member() == null || dataSet.members().containsKey(path.member());
            if (ifMatch != null && existed && !ifMatch.equals(Etags.of(catalog.read(path.name(), path.member())))) {
                throw new DataSetException(DataSetException.Kind.STALE, "The data set changed since the ETag was"
                        + " read: read it again before writing", null);
            }
            Records.Written written = switch (type.mode()) {
                case TEXT -> Records.fromText(Bodies.text(ctx), dataSet.attributes(), type.zosCodePage());
                case BINARY -> Records.fromBinary(Bodies.bytes(ctx), dataSet.attributes());
                case RECORD -> {
                    try {
                        yield Records.fromRecordMode(Bodies.bytes(ctx), dataSet.attributes());
                    } catch (IllegalArgumentException e) {
                        throw FilesError.badRequest(e.getMessage());
                    }
                }
            };
            catalog.write(path.name(), path.member(), written.records(), owner);
            ctx.header("ETag", Etags.of(written.records()));
            if (written.truncated()) {
                throw new DataSetException(DataSetException.Kind.TRUNCATED,
                        "EDC5003I Truncation of a record occurred during an I/O operation.", null);
            }
            ctx.status(existed ? 204 : 201);
        } finally {
            catalog.enqueues().release(path.name(), path.member(), owner);
        }
    }

    void create(Context ctx) {
        DataSetPath path = DataSetPath.parse(ctx.pathParam("path"));
        if (path.member() != null || path.memberList()) {
            throw FilesError.badRequest("A create names a data set, not a member: members are written with PUT.");
        }
        DataSetAccess.require(context, ctx, path.name(), AccessLevel.ALTER);
        JsonNode node = Bodies.object(ctx, context.json());
        DataSetBodies.CreateBody body = context.json().bind(node, DataSetBodies.CreateBody.class);
        DataSetAttributes attributes;
        try {
            attributes = attributes(body, LoggedOnUser.of(ctx));
        } catch (IllegalArgumentException e) {
            throw new DataSetException(DataSetException.Kind.BAD_ATTRIBUTES, "Dynamic allocation Error",
                    "IKJ56893I DATA SET " + path.name() + " NOT ALLOCATED+ " + e.getMessage());
        }
        catalog().create(path.name(), attributes);
        ctx.status(201);
    }

    void delete(Context ctx) {
        DataSetPath path = DataSetPath.parse(ctx.pathParam("path"));
        if (path.memberList()) {
            throw FilesError.noSuchResource("DELETE takes a data set or a member, not a member list.");
        }
        DataSetAccess.require(context, ctx, path.name(), path.member() == null ? AccessLevel.ALTER
                : AccessLevel.UPDATE);
        if (path.member() == null) {
            catalog().delete(path.name(), owner(ctx));
        } else {
            recallIfAsked(ctx, path.name());
            catalog().deleteMember(path.name(), path.member(), owner(ctx));
        }
        ctx.status(204);
    }

    /** The attributes of a create: those given, the rest from the {@code like} data set or z/OSMF's defaults. */
    private DataSetAttributes attributes(DataSetBodies.CreateBody body, String creator) {
        DataSetAttributes like = null;
        if (body.like() != null) {
            String problem = DataSetName.problem(body.like());
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            DataSetAccess.require(context, creator, new DataSetName(body.like()), AccessLevel.READ);
            like = catalog().get(new DataSetName(body.like())).attributes();
        }
        String dsorg = body.dsorg() != null ? body.dsorg() : like != null ? like.dsorg() : null;
        String dsntype = body.dsntype() != null ? body.dsntype() : like != null ? like.dsntype() : null;
        if (dsntype != null && !List.of("PDS", "LIBRARY", "BASIC", "LARGE").contains(dsntype.toUpperCase())) {
            throw new IllegalArgumentException("dsntype " + dsntype + " is not simulated (PDS, LIBRARY, BASIC, LARGE)");
        }
        RecordFormat recfm = body.recfm() != null ? RecordFormat.parse(body.recfm()) : like != null ? like.recfm() : null;
        Integer lrecl = body.lrecl() != null ? body.lrecl() : like != null ? like.lrecl() : null;
        if (lrecl == null) {
            lrecl = recfm == RecordFormat.U ? 0 : 80;
        }
        int blksize = body.blksize() != null ? body.blksize() : like != null ? like.blksize() : 0;
        if (recfm == RecordFormat.U && lrecl == 0) {
            lrecl = blksize == 0 ? 27_998 : blksize;
        }
        return new DataSetAttributes(dsorg, dsntype, recfm, lrecl, blksize,
                body.alcunit() != null ? body.alcunit() : like != null ? like.alcunit() : null,
                body.primary() != null ? body.primary() : like != null ? like.primary() : 1,
                body.secondary() != null ? body.secondary() : like != null ? like.secondary() : 0,
                body.dirblk() != null ? body.dirblk() : like != null ? like.dirblk() : 0,
                body.volser() != null ? body.volser() : like != null ? like.volume() : null);
    }

    /**
     * A migrated data set is recalled first unless X-IBM-Migrated-Recall says {@code nowait} or {@code error}
     * (z/OSMF's default is to wait for the recall).
     */
    private void recallIfAsked(Context ctx, DataSetName name) {
        DataSet dataSet = catalog().find(name).orElse(null);
        if (dataSet == null || !dataSet.migrated()) {
            return;
        }
        String recall = ctx.header("X-IBM-Migrated-Recall");
        if (recall == null || recall.equalsIgnoreCase("wait")) {
            catalog().recall(name);
            return;
        }
        if (recall.equalsIgnoreCase("nowait")) {
            catalog().recall(name);
        }
        throw new DataSetException(DataSetException.Kind.MIGRATED, "Data set " + name + " is migrated"
                + (recall.equalsIgnoreCase("nowait") ? "; a recall was started" : ""), "ARC1001I " + name
                + " IS MIGRATED");
    }

    /** Each write is its own enqueue owner: the user and the request. */
    private String owner(Context ctx) {
        return LoggedOnUser.of(ctx) + "#" + writers.incrementAndGet();
    }

    static String upper(String text) {
        return text == null || text.isBlank() ? null : text.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private static String unquoted(String etag) {
        if (etag == null || etag.isBlank()) {
            return null;
        }
        String value = etag.trim();
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}

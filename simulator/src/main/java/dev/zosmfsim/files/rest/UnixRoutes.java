package dev.zosmfsim.files.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.http.LoggedOnUser;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.uss.TextCodePage;
import dev.zosmfsim.uss.UnixCaller;
import dev.zosmfsim.uss.UnixFileSystem;
import dev.zosmfsim.uss.UnixUsers;
import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The handlers of {@code /zosmf/restfiles/fs}: list, read, write, create, delete, and the PUT requests chmod, chown,
 * chtag, move and copy. Text is converted between the client's UTF-8 and the file's code page (its tag, or
 * IBM-1047); binary moves the bytes.
 */
final class UnixRoutes {

    private static final DateTimeFormatter MTIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final ServerContext context;

    UnixRoutes(ServerContext context) {
        this.context = context;
    }

    private UnixFileSystem files() {
        return context.system().unixFiles();
    }

    private UnixUsers users() {
        return context.system().unixUsers();
    }

    private UnixCaller caller(Context ctx) {
        String userid = LoggedOnUser.of(ctx);
        return users().caller(userid).orElseThrow(() -> FilesError.of(500, 6, 8, 139,
                "The user " + userid + " has no OMVS segment: z/OS UNIX services are not available to it."));
    }

    private static String path(Context ctx) {
        return "/" + ctx.pathParam("path");
    }

    void list(Context ctx) {
        String path = ctx.queryParam("path");
        if (path == null || path.isBlank()) {
            throw FilesError.badRequest("The path query parameter is required.");
        }
        ListHeaders headers = ListHeaders.of(ctx);
        List<UnixFileSystem.Entry> entries = files().list(caller(ctx), path);
        List<UnixBodies.FileItem> items = entries.stream().limit(headers.limit()).map(entry ->
                new UnixBodies.FileItem(entry.name(), entry.modeString(), entry.size(), entry.uid(),
                        users().userName(entry.uid()), entry.gid(), users().groupName(entry.gid()),
                        MTIME.format(entry.mtime()))).toList();
        context.json().write(ctx, 200, new DataSetBodies.ListBody(items, items.size(), entries.size(),
                items.size() < entries.size() ? Boolean.TRUE : null, 1));
    }

    void read(Context ctx) {
        UnixCaller caller = caller(ctx);
        String path = path(ctx);
        UnixFileSystem.Entry entry = files().stat(caller, path);
        byte[] data = files().read(caller, path);
        String etag = dev.zosmfsim.datasets.Etags.of(List.of(data));
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        DataType type = DataType.parse(ctx.header("X-IBM-Data-Type"), codePage(entry.tag()));
        if (type.mode() == DataType.Mode.TEXT) {
            ctx.status(200).contentType("text/plain; charset=UTF-8")
                    .result(new String(data, type.zosCodePage()).getBytes(StandardCharsets.UTF_8));
        } else {
            ctx.status(200).contentType("application/octet-stream").result(data);
        }
    }

    void put(Context ctx) {
        UnixCaller caller = caller(ctx);
        String path = path(ctx);
        if (ctx.header("X-IBM-Data-Type") == null && RequestBodies.isJson(ctx.header("Content-Type"))) {
            utility(ctx, caller, path);
            return;
        }
        String tag = exists(caller, path) ? files().stat(caller, path).tag() : null;
        DataType type = DataType.parse(ctx.header("X-IBM-Data-Type"), codePage(tag));
        if (type.mode() == DataType.Mode.RECORD) {
            throw FilesError.badRequest("Record mode is for data sets; z/OS UNIX files take text or binary.");
        }
        byte[] data = type.mode() == DataType.Mode.TEXT ? Bodies.text(ctx).getBytes(type.zosCodePage())
                : Bodies.bytes(ctx);
        boolean created = files().write(caller, path, data, null);
        ctx.header("ETag", dev.zosmfsim.datasets.Etags.of(List.of(data)));
        ctx.status(created ? 201 : 204);
    }

    void create(Context ctx) {
        UnixCaller caller = caller(ctx);
        JsonNode node = Bodies.object(ctx, context.json());
        UnixBodies.CreateBody body = context.json().bind(node, UnixBodies.CreateBody.class);
        String type = body.type() == null ? "" : body.type().toLowerCase(Locale.ROOT);
        if (!List.of("file", "dir", "directory").contains(type)) {
            throw FilesError.badRequest("The type must be file or directory, got '" + body.type() + "'.");
        }
        boolean directory = !type.equals("file");
        int mode = body.mode() == null ? (directory ? 0755 : 0644) : mode(body.mode());
        files().create(caller, path(ctx), directory, mode);
        ctx.status(201);
    }

    void delete(Context ctx) {
        String option = ctx.header("X-IBM-Option");
        files().delete(caller(ctx), path(ctx), option != null && option.trim().equalsIgnoreCase("recursive"));
        ctx.status(204);
    }

    private void utility(Context ctx, UnixCaller caller, String path) {
        JsonNode body = Bodies.object(ctx, context.json());
        String request = text(body, "request");
        boolean recursive = body.path("recursive").asBoolean(false);
        switch (request == null ? "" : request.toLowerCase(Locale.ROOT)) {
            case "chmod" -> files().chmod(caller, path, mode(required(body, "mode")), recursive);
            case "chown" -> {
                Integer uid = users().uidOf(required(body, "owner"));
                String group = text(body, "group");
                Integer gid = group == null ? Integer.valueOf(files().stat(caller, path).gid()) : users().gidOf(group);
                if (uid == null || gid == null) {
                    throw FilesError.badRequest("The owner or group is not a known user, group or number.");
                }
                files().chown(caller, path, uid, gid, recursive);
            }
            case "chtag" -> {
                String action = text(body, "action") == null ? "set" : text(body, "action").toLowerCase(Locale.ROOT);
                if (action.equals("list")) {
                    String tag = files().stat(caller, path).tag();
                    String line = tag == null ? "- untagged    T=off " : tag.equals("binary")
                            ? "b binary      T=off " : "t " + String.format("%-12sT=on  ", tag);
                    context.json().write(ctx, 200, new UnixBodies.Stdout(List.of(line + path)));
                    return;
                }
                if (action.equals("remove")) {
                    files().chtag(caller, path, null);
                } else {
                    String type = text(body, "type") == null ? "text" : text(body, "type").toLowerCase(Locale.ROOT);
                    String codeset = text(body, "codeset");
                    if (type.equals("binary")) {
                        files().chtag(caller, path, "binary");
                    } else {
                        DataType.charset(codeset == null ? "ISO8859-1" : codeset);
                        files().chtag(caller, path, codeset == null ? "ISO8859-1" : codeset.toUpperCase(Locale.ROOT));
                    }
                }
            }
            case "move" -> files().move(caller, required(body, "from"), path);
            case "copy" -> files().copy(caller, required(body, "from"), path, recursive);
            default -> throw FilesError.badRequest("The request '" + request
                    + "' is not chmod, chown, chtag, move or copy.");
        }
        ctx.status(200);
    }

    private boolean exists(UnixCaller caller, String path) {
        try {
            files().stat(caller, path);
            return true;
        } catch (dev.zosmfsim.uss.UnixException e) {
            return false;
        }
    }

    /** The code page of a file's text: its tag's code set, IBM-1047 when it has none or is binary. */
    private static Charset codePage(String tag) {
        return TextCodePage.ofTag(tag).orElseGet(() -> DataType.charset(tag));
    }

    /** {@code rwxr-xr-x} or octal {@code 755}. */
    static int mode(String text) {
        if (text.matches("[0-7]{3,4}")) {
            return Integer.parseInt(text, 8) & 0777;
        }
        if (!text.matches("[r-][w-][x-][r-][w-][x-][r-][w-][x-]")) {
            throw FilesError.badRequest("The mode must be like rwxr-xr-x or 755, got '" + text + "'.");
        }
        int mode = 0;
        for (int i = 0; i < 9; i++) {
            mode = (mode << 1) | (text.charAt(i) == '-' ? 0 : 1);
        }
        return mode;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static String required(JsonNode body, String field) {
        String value = text(body, field);
        if (value == null || value.isBlank()) {
            throw FilesError.badRequest("The body must give '" + field + "' as a string.");
        }
        return value;
    }
}

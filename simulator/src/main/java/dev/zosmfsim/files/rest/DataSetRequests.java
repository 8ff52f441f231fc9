package dev.zosmfsim.files.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.datasets.Catalog;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.http.ServerContext;
import dev.zosmfsim.security.AccessLevel;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The utility requests a PUT with a JSON body makes of a data set: {@code rename}, {@code copy}, {@code hrecall},
 * {@code hmigrate} and {@code hdelete}. The body is read for the fields z/OSMF reads; others are left alone (the Zowe
 * SDK sends its own options along with a copy).
 */
final class DataSetRequests {

    private final ServerContext context;
    private final String owner;

    DataSetRequests(ServerContext context, String owner) {
        this.context = context;
        this.owner = owner;
    }

    void handle(Context ctx, DataSetPath target) {
        String userid = dev.zosmfsim.http.LoggedOnUser.of(ctx);
        JsonNode body = Bodies.object(ctx, context.json());
        JsonNode request = body.get("request");
        if (request == null || !request.isTextual()) {
            throw FilesError.badRequest("The body must name a request: rename, copy, hrecall, hmigrate or hdelete.");
        }
        Catalog catalog = context.system().datasets();
        switch (request.asText().toLowerCase(Locale.ROOT)) {
            case "rename" -> {
                Source from = source(body);
                AccessLevel level = from.member() != null ? AccessLevel.UPDATE : AccessLevel.ALTER;
                DataSetAccess.require(context, userid, from.name(), level);
                DataSetAccess.require(context, userid, target.name(), level);
                if (from.member() != null) {
                    if (target.member() == null || !from.name().equals(target.name())) {
                        throw FilesError.badRequest("A member is renamed within its data set: name the new member"
                                + " as " + from.name() + "(newname).");
                    }
                    catalog.renameMember(from.name(), from.member(), target.member(), owner);
                } else {
                    if (target.member() != null) {
                        throw FilesError.badRequest("A data set is renamed to a data set, not to a member.");
                    }
                    catalog.rename(from.name(), target.name(), owner);
                }
            }
            case "copy" -> {
                if (body.has("from-file")) {
                    throw FilesError.badRequest("Copying a z/OS UNIX file to a data set is not simulated.");
                }
                Source from = source(body);
                DataSetAccess.require(context, userid, from.name(), AccessLevel.READ);
                DataSetAccess.require(context, userid, target.name(), AccessLevel.UPDATE);
                JsonNode replace = body.get("replace");
                catalog.copy(from.name(), from.member(), target.name(), target.member(),
                        replace != null && replace.asBoolean(false), owner);
            }
            case "hrecall" -> {
                DataSetAccess.require(context, userid, target.name(), AccessLevel.READ);
                catalog.recall(target.name());
            }
            case "hmigrate" -> {
                DataSetAccess.require(context, userid, target.name(), AccessLevel.UPDATE);
                catalog.migrate(target.name());
            }
            case "hdelete" -> {
                DataSetAccess.require(context, userid, target.name(), AccessLevel.ALTER);
                catalog.delete(target.name(), owner);
            }
            default -> throw FilesError.badRequest("The request '" + request.asText()
                    + "' is not rename, copy, hrecall, hmigrate or hdelete.");
        }
        ctx.status(200);
    }

    private record Source(DataSetName name, String member) {
    }

    private static Source source(JsonNode body) {
        JsonNode from = body.get("from-dataset");
        JsonNode dsn = from == null ? null : from.get("dsn");
        if (dsn == null || !dsn.isTextual()) {
            throw FilesError.badRequest("The body must name the source as \"from-dataset\": {\"dsn\": ...}.");
        }
        String problem = DataSetName.problem(dsn.asText());
        if (problem != null) {
            throw FilesError.badRequest(problem);
        }
        JsonNode member = from.get("member");
        String memberName = member == null || member.isNull() ? null : member.asText().toUpperCase(Locale.ROOT);
        if (memberName != null && !memberName.equals("*")) {
            String memberProblem = DataSetName.memberProblem(memberName);
            if (memberProblem != null) {
                throw FilesError.badRequest(memberProblem);
            }
        }
        return new Source(new DataSetName(dsn.asText()), memberName);
    }
}

package dev.zosmfsim.admin.rest;

import dev.zosmfsim.admin.AdminException;
import dev.zosmfsim.http.JsonWriter;
import dev.zosmfsim.http.RequestBodies;
import io.javalin.http.Context;

/** What the admin API's handlers share: reading a body into its record, and writing an answer. */
final class AdminHandlers {

    private final JsonWriter json;

    AdminHandlers(JsonWriter json) {
        this.json = json;
    }

    /** The body bound to {@code type}; what is not JSON, or does not fit, is the admin API's 400. */
    <T> T read(Context ctx, Class<T> type) {
        try {
            return RequestBodies.read(ctx, json, type, AdminModule::badRequestError);
        } catch (JsonWriter.BindingProblem problem) {
            throw AdminException.badRequest("the body does not describe a " + describe(type) + ": "
                    + problem.getMessage());
        }
    }

    /** Like {@link #read}, but an empty body reads as {@code absent}. */
    <T> T readOptional(Context ctx, Class<T> type, T absent) {
        return RequestBodies.text(ctx).isBlank() ? absent : read(ctx, type);
    }

    void answer(Context ctx, int status, Object body) {
        json.write(ctx, status, body);
    }

    private static String describe(Class<?> type) {
        return type.getSimpleName().replace("Spec", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT);
    }
}

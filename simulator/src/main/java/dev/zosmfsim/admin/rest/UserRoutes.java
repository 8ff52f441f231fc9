package dev.zosmfsim.admin.rest;

import dev.zosmfsim.admin.AdminException;
import dev.zosmfsim.admin.AdminRecords;
import dev.zosmfsim.admin.SimulatorAdmin;
import dev.zosmfsim.scenario.Scenario;
import io.javalin.config.RoutesConfig;
import java.util.List;

/** {@code /users} and {@code /certificate-maps}: RACF users, their certificates and the certificate maps. */
final class UserRoutes {

    private UserRoutes() {
    }

    static void register(RoutesConfig routes, SimulatorAdmin admin, AdminHandlers handlers) {
        String users = AdminModule.PREFIX + "/users";
        routes.get(users, ctx -> handlers.answer(ctx, 200, new AdminRecords.Users(admin.users())));
        routes.post(users, ctx -> handlers.answer(ctx, 201, admin.addUser(handlers.read(ctx,
                AdminRecords.NewUser.class))));
        routes.post(users + "/{userid}/revoke", ctx -> handlers.answer(ctx, 200,
                admin.revoke(ctx.pathParam("userid"))));
        routes.post(users + "/{userid}/resume", ctx -> handlers.answer(ctx, 200,
                admin.resume(ctx.pathParam("userid"))));
        routes.post(users + "/{userid}/expire-password", ctx -> handlers.answer(ctx, 200,
                admin.expirePassword(ctx.pathParam("userid"))));
        routes.put(users + "/{userid}/password", ctx -> {
            AdminRecords.PasswordChange change = handlers.read(ctx, AdminRecords.PasswordChange.class);
            handlers.answer(ctx, 200, admin.setPassword(ctx.pathParam("userid"), change.password(),
                    Boolean.TRUE.equals(change.expired())));
        });
        routes.put(users + "/{userid}/operparm", ctx -> handlers.answer(ctx, 200, admin.setOperParm(
                ctx.pathParam("userid"), handlers.read(ctx, AdminRecords.OperParmChange.class).auth())));
        routes.delete(users + "/{userid}/operparm", ctx -> handlers.answer(ctx, 200,
                admin.setOperParm(ctx.pathParam("userid"), List.of())));
        routes.post(users + "/{userid}/certificate", ctx -> handlers.answer(ctx, 201, admin.issueCertificate(
                ctx.pathParam("userid"), handlers.readOptional(ctx, AdminRecords.CertificateRequest.class, null))));

        String maps = AdminModule.PREFIX + "/certificate-maps";
        routes.get(maps, ctx -> handlers.answer(ctx, 200, new AdminRecords.CertificateMaps(admin.certificateMaps())));
        routes.post(maps, ctx -> handlers.answer(ctx, 201, admin.addCertificateMap(handlers.read(ctx,
                Scenario.CertificateMapSpec.class))));
        routes.delete(maps, ctx -> {
            String user = ctx.queryParam("user");
            if (user == null) {
                throw AdminException.badRequest("name the user whose maps go: ?user=USERID[&label=LABEL]");
            }
            handlers.answer(ctx, 200, new AdminRecords.Deleted(admin.deleteCertificateMaps(user,
                    ctx.queryParam("label"))));
        });
    }
}

package dev.zosmfsim.admin.rest;

import dev.zosmfsim.journal.RequestJournal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.zosmfsim.SimulatorAdmin;
import dev.zosmfsim.http.CredentialsReader;
import dev.zosmfsim.http.JsonWriter;
import dev.zosmfsim.http.RequestBodies;
import dev.zosmfsim.http.ZosmfError;
import dev.zosmfsim.cea.AddressSpace;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.faults.FaultFiring;
import dev.zosmfsim.faults.Faults;
import dev.zosmfsim.scenario.DurationText;
import dev.zosmfsim.scenario.FaultSpecs;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.SpecProblem;
import dev.zosmfsim.security.CertificateMap;
import dev.zosmfsim.security.RacfDatabase;
import dev.zosmfsim.security.UserProfile;
import dev.zosmfsim.tls.IssuedCertificate;
import dev.zosmfsim.zosmf.ZosmfSettings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulator's admin API under {@code /zosmf-sim/v1}: a thin adapter over {@link SimulatorAdmin}. Errors use
 * z/OSMF's core error shape with the simulator's own message ids (ZSIMnnnE).
 */
final class AdminRoutes {

    static final String PREFIX = AdminModule.PREFIX;

    private final SimulatorAdmin admin;
    private final JsonWriter json;

    private AdminRoutes(SimulatorAdmin admin, JsonWriter json) {
        this.admin = admin;
        this.json = json;
    }

    static void register(RoutesConfig routes, SimulatorAdmin admin, JsonWriter json) {
        AdminRoutes handlers = new AdminRoutes(admin, json);
        routes.get(PREFIX + "/clock", handlers.guarded(handlers::clock));
        routes.put(PREFIX + "/clock", handlers.guarded(handlers::setClockMode));
        routes.post(PREFIX + "/clock/advance", handlers.guarded(handlers::advanceClock));
        routes.get(PREFIX + "/faults", handlers.guarded(handlers::faults));
        routes.post(PREFIX + "/faults", handlers.guarded(handlers::addFault));
        routes.delete(PREFIX + "/faults", handlers.guarded(ctx -> {
            admin.clearFaults();
            ctx.status(204);
        }));
        routes.get(PREFIX + "/faults/firings", handlers.guarded(handlers::firings));
        routes.delete(PREFIX + "/faults/{id}", handlers.guarded(handlers::removeFault));
        routes.get(PREFIX + "/zosmf", handlers.guarded(handlers::zosmf));
        routes.put(PREFIX + "/zosmf/settings", handlers.guarded(handlers::configureZosmf));
        routes.post(PREFIX + "/zosmf/restart", handlers.guarded(ctx -> handlers.messages(ctx, admin.restartZosmf())));
        routes.post(PREFIX + "/operator-command", handlers.guarded(handlers::operatorCommand));
        routes.get(PREFIX + "/users", handlers.guarded(handlers::users));
        routes.post(PREFIX + "/users", handlers.guarded(handlers::addUser));
        routes.post(PREFIX + "/users/{userid}/revoke", handlers.guarded(ctx -> handlers.user(ctx,
                admin.revoke(ctx.pathParam("userid")))));
        routes.post(PREFIX + "/users/{userid}/resume", handlers.guarded(ctx -> handlers.user(ctx,
                admin.resume(ctx.pathParam("userid")))));
        routes.post(PREFIX + "/users/{userid}/expire-password", handlers.guarded(ctx -> handlers.user(ctx,
                admin.expirePassword(ctx.pathParam("userid")))));
        routes.put(PREFIX + "/users/{userid}/password", handlers.guarded(handlers::setPassword));
        routes.post(PREFIX + "/users/{userid}/certificate", handlers.guarded(handlers::issueCertificate));
        routes.get(PREFIX + "/certificate-maps", handlers.guarded(handlers::certificateMaps));
        routes.post(PREFIX + "/certificate-maps", handlers.guarded(handlers::addCertificateMap));
        routes.delete(PREFIX + "/certificate-maps", handlers.guarded(handlers::deleteCertificateMaps));
        routes.get(PREFIX + "/sessions", handlers.guarded(handlers::sessions));
        routes.delete(PREFIX + "/sessions", handlers.guarded(handlers::cancelSessions));
        routes.get(PREFIX + "/journal", handlers.guarded(handlers::journal));
        routes.delete(PREFIX + "/journal", handlers.guarded(ctx -> {
            admin.clearJournal();
            ctx.status(204);
        }));
        routes.get(PREFIX + "/izug-log", handlers.guarded(ctx -> ctx.contentType("text/plain; charset=utf-8")
                .result(String.join("\n", admin.izugLog()) + (admin.izugLog().isEmpty() ? "" : "\n"))));
        routes.delete(PREFIX + "/izug-log", handlers.guarded(ctx -> {
            admin.clearIzugLog();
            ctx.status(204);
        }));
        routes.post(PREFIX + "/reset", handlers.guarded(ctx -> {
            admin.reset();
            ctx.status(204);
        }));
        routes.get(PREFIX + "/scenario", handlers.guarded(ctx -> ctx.contentType("application/yaml; charset=utf-8")
                .result(admin.exportYaml())));
    }

    /** An admin API error: z/OSMF's core shape with return code 8 and the simulator's own message id. */
    static ZosmfError error(int status, int reasonCode, String text) {
        return ZosmfError.core(status, 8, reasonCode, "ZSIM" + status + "E", text);
    }

    /** Turns the admin operations' exceptions into the admin API's errors. */
    private Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (SpecProblem e) {
                throw error(400, 10, e.fieldUnder("body") + ": " + e.getMessage());
            } catch (RacfDatabase.UnknownUserException e) {
                throw error(404, 11, e.getMessage());
            } catch (IllegalStateException e) {
                throw error(409, 12, e.getMessage());
            } catch (IllegalArgumentException e) {
                throw error(400, 13, e.getMessage());
            }
        };
    }

    private void clock(Context ctx) {
        json.write(ctx, 200, clockBody(admin.clock()));
    }

    private static Map<String, Object> clockBody(SimClock clock) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", clock.mode().name().toLowerCase(java.util.Locale.ROOT));
        body.put("now", clock.now().toString());
        body.put("scale", clock.scale());
        return body;
    }

    private void setClockMode(Context ctx) {
        Scenario.ClockSpec spec = read(ctx, Scenario.ClockSpec.class);
        String mode = spec.mode() == null ? "" : spec.mode();
        switch (mode) {
            case "manual":
                admin.clock().useManualTime();
                break;
            case "system":
                admin.clock().useSystemTime();
                break;
            case "scaled":
                if (spec.scale() == null) {
                    throw new IllegalArgumentException("mode scaled needs a scale, such as {\"mode\":\"scaled\",\"scale\":60}");
                }
                admin.clock().useScaledTime(spec.scale());
                break;
            default:
                throw new IllegalArgumentException("mode: expected manual, system or scaled, got '" + mode + "'");
        }
        clock(ctx);
    }

    private void advanceClock(Context ctx) {
        JsonNode body = RequestBodies.object(ctx, json, AdminRoutes::badRequest);
        String by = RequestBodies.requiredString(body, "by", AdminRoutes::badRequest);
        Duration duration = DurationText.parse(by);
        admin.clock().advance(duration);
        clock(ctx);
    }

    private void faults(Context ctx) {
        List<Map<String, Object>> rules = admin.faults().stream().map(this::faultBody).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rules", rules);
        json.write(ctx, 200, body);
    }

    private Map<String, Object> faultBody(Faults.Listed listed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", listed.id());
        body.put("rule", json.mapper().convertValue(FaultSpecs.toSpec(listed.rule()), Map.class));
        body.put("matches", listed.matches());
        body.put("fired", listed.fired());
        return body;
    }

    private void addFault(Context ctx) {
        String id = admin.addFault(read(ctx, Scenario.FaultSpec.class));
        json.write(ctx, 201, Map.of("id", id));
    }

    private void removeFault(Context ctx) {
        if (!admin.removeFault(ctx.pathParam("id"))) {
            throw error(404, 14, "no fault rule has the id " + ctx.pathParam("id"));
        }
        ctx.status(204);
    }

    private void firings(Context ctx) {
        List<Map<String, Object>> firings = admin.faultFirings().stream().map(AdminRoutes::firingBody).toList();
        json.write(ctx, 200, Map.of("firings", firings));
    }

    private static Map<String, Object> firingBody(FaultFiring firing) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sequence", firing.sequence());
        body.put("time", firing.time().toString());
        body.put("rule", firing.ruleId());
        body.put("name", firing.ruleName());
        body.put("effect", firing.effect());
        body.put("method", firing.method());
        body.put("path", firing.path());
        body.put("userid", firing.userid());
        return body;
    }

    private void zosmf(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("running", admin.zosmfRunning());
        body.put("inForce", settingsBody(admin.zosmfSettings()));
        body.put("configured", settingsBody(admin.configuredZosmfSettings()));
        json.write(ctx, 200, body);
    }

    private static Map<String, Object> settingsBody(ZosmfSettings settings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hostname", settings.hostname());
        body.put("port", settings.port());
        body.put("safRealm", settings.safRealm());
        body.put("sessionExpireMinutes", settings.sessionExpire().toMinutes());
        return body;
    }

    /** Changes IZUPRMxx; fields left out keep their configured values. It takes effect at the next restart. */
    private void configureZosmf(Context ctx) {
        Scenario.ZosmfSpec spec = read(ctx, Scenario.ZosmfSpec.class);
        if (spec.consoleAccount() != null) {
            throw new IllegalArgumentException("consoleAccount is set by the scenario only");
        }
        if (spec.started() != null) {
            throw new IllegalArgumentException("started is not a setting: stop and start z/OSMF with the operator"
                    + " commands P IZUSVR1 and S IZUSVR1 (POST /zosmf-sim/v1/operator-command) or POST"
                    + " /zosmf-sim/v1/zosmf/restart");
        }
        ZosmfSettings current = admin.configuredZosmfSettings();
        if (spec.port() != null && (spec.port() < 1 || spec.port() > 65535)) {
            throw new IllegalArgumentException("port: expected 1 to 65535, got " + spec.port());
        }
        if (spec.sessionExpireMinutes() != null && spec.sessionExpireMinutes() < 1) {
            throw new IllegalArgumentException("sessionExpireMinutes: expected 1 or more");
        }
        ZosmfSettings next = new ZosmfSettings(
                spec.hostname() == null ? current.hostname() : spec.hostname().isBlank() ? null : spec.hostname(),
                spec.port() == null ? current.port() : spec.port(),
                spec.safRealm() == null ? current.safRealm() : spec.safRealm(),
                spec.sessionExpireMinutes() == null ? current.sessionExpire()
                        : Duration.ofMinutes(spec.sessionExpireMinutes()));
        admin.configureZosmf(next);
        zosmf(ctx);
    }

    private void operatorCommand(Context ctx) {
        JsonNode body = RequestBodies.object(ctx, json, AdminRoutes::badRequest);
        messages(ctx, admin.operatorCommand(RequestBodies.requiredString(body, "cmd", AdminRoutes::badRequest)));
    }

    private void messages(Context ctx, List<String> lines) {
        json.write(ctx, 200, Map.of("messages", lines));
    }

    private void users(Context ctx) {
        json.write(ctx, 200, Map.of("users", admin.users().stream().map(AdminRoutes::userBody).toList()));
    }

    private void user(Context ctx, UserProfile user) {
        json.write(ctx, 200, userBody(user));
    }

    private static Map<String, Object> userBody(UserProfile user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userid", user.userid());
        body.put("special", user.special());
        body.put("revoked", user.revoked());
        body.put("passwordExpired", user.passwordExpired());
        return body;
    }

    private void addUser(Context ctx) {
        JsonNode body = RequestBodies.object(ctx, json, AdminRoutes::badRequest);
        String userid = RequestBodies.requiredString(body, "userid", AdminRoutes::badRequest);
        String password = RequestBodies.requiredString(body, "password", AdminRoutes::badRequest);
        if (password.isEmpty() || password.length() > 8) {
            throw new IllegalArgumentException("password: expected 1-8 characters");
        }
        JsonNode special = body.get("special");
        UserProfile user = admin.addUser(userid, password, special != null && special.asBoolean(false));
        json.write(ctx, 201, userBody(user));
    }

    private void setPassword(Context ctx) {
        JsonNode body = RequestBodies.object(ctx, json, AdminRoutes::badRequest);
        String password = RequestBodies.requiredString(body, "password", AdminRoutes::badRequest);
        if (password.isEmpty() || password.length() > 8) {
            throw new IllegalArgumentException("password: expected 1-8 characters");
        }
        JsonNode expired = body.get("expired");
        user(ctx, admin.setPassword(ctx.pathParam("userid"), password, expired != null && expired.asBoolean(false)));
    }

    /** What a certificate request may say: a scenario's certificate fields, and whether to map it to the user. */
    private record CertificateRequest(String subject, String keyType, String validFrom, String validUntil,
            Boolean map) {
    }

    /** Issues a client certificate; every field of the body is optional, and so is the body. */
    private void issueCertificate(Context ctx) {
        CertificateRequest request = ctx.body().isBlank() ? new CertificateRequest(null, null, null, null, null)
                : read(ctx, CertificateRequest.class);
        Scenario.CertificateSpec spec = new Scenario.CertificateSpec(request.subject(), request.keyType(),
                request.validFrom(), request.validUntil());
        boolean map = !Boolean.FALSE.equals(request.map());
        IssuedCertificate issued = admin.issueCertificate(ctx.pathParam("userid"), spec, map);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("subject", issued.subjectDn());
        response.put("notBefore", issued.certificate().getNotBefore().toInstant().toString());
        response.put("notAfter", issued.certificate().getNotAfter().toInstant().toString());
        response.put("certificatePem", issued.certificatePem());
        response.put("privateKeyPem", issued.privateKeyPem());
        response.put("caCertificatePem", dev.zosmfsim.tls.Pem.certificate(issued.caCertificate()));
        json.write(ctx, 201, response);
    }

    private void certificateMaps(Context ctx) {
        json.write(ctx, 200, Map.of("maps", admin.certificateMaps().stream().map(AdminRoutes::mapBody).toList()));
    }

    private static Map<String, Object> mapBody(CertificateMap map) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", map.userid());
        body.put("sdnFilter", map.subjectFilter().racfForm());
        body.put("idnFilter", map.issuer().map(filter -> filter.racfForm()).orElse(null));
        body.put("label", map.label());
        body.put("trust", map.trusted());
        return body;
    }

    private void addCertificateMap(Context ctx) {
        json.write(ctx, 201, mapBody(admin.addCertificateMap(read(ctx, Scenario.CertificateMapSpec.class))));
    }

    private void deleteCertificateMaps(Context ctx) {
        String user = ctx.queryParam("user");
        if (user == null) {
            throw new IllegalArgumentException("name the user whose maps go: ?user=USERID[&label=LABEL]");
        }
        json.write(ctx, 200, Map.of("deleted", admin.deleteCertificateMaps(user, ctx.queryParam("label"))));
    }

    private void sessions(Context ctx) {
        json.write(ctx, 200, Map.of("sessions", admin.sessions().stream().map(AdminRoutes::sessionBody).toList()));
    }

    private static Map<String, Object> sessionBody(AddressSpace space) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asid", space.asidHex());
        body.put("userid", space.userid());
        body.put("kind", space.kind().name().toLowerCase(java.util.Locale.ROOT));
        body.put("console", space.consoleName());
        body.put("stoken", space.stoken());
        body.put("started", space.started().toString());
        body.put("lastRequest", space.lastRequest().toString());
        body.put("logonProc", space.parameters().logonProc());
        body.put("account", space.parameters().account());
        return body;
    }

    /** Cancels a user's address spaces (all, or the one with {@code asid}), as the operator's CANCEL does. */
    private void cancelSessions(Context ctx) {
        String user = ctx.queryParam("user");
        if (user == null) {
            throw new IllegalArgumentException("name the user whose address spaces end: ?user=USERID[&asid=004E]");
        }
        String asid = ctx.queryParam("asid");
        if (asid != null && !asid.matches("[0-9A-Fa-f]{1,4}")) {
            throw new IllegalArgumentException("asid: expected 1-4 hexadecimal digits, got '" + asid + "'");
        }
        messages(ctx, admin.cancel(user, asid == null ? null : Integer.parseInt(asid, 16)));
    }

    private void journal(Context ctx) {
        json.write(ctx, 200, Map.of("entries", admin.journal().stream().map(AdminRoutes::journalBody).toList()));
    }

    private static Map<String, Object> journalBody(RequestJournal.Entry entry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sequence", entry.sequence());
        body.put("time", entry.time().toString());
        body.put("method", entry.method());
        body.put("path", entry.path());
        body.put("service", entry.service());
        body.put("status", entry.status());
        body.put("userid", entry.userid());
        body.put("fault", entry.fault());
        return body;
    }

    private <T> T read(Context ctx, Class<T> type) {
        return convert(RequestBodies.object(ctx, json, AdminRoutes::badRequest), type);
    }

    private <T> T convert(JsonNode body, Class<T> type) {
        try {
            return json.mapper().treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw badRequest("the body does not describe a " + type.getSimpleName().replace("Spec", "") + ": "
                    + problem(e));
        }
    }

    /** What is wrong with a body, naming the field and never a Java class (Jackson's own words do). */
    private static String problem(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream().map(reference -> reference.getFieldName() != null
                    ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining("."));
            if (e instanceof UnrecognizedPropertyException) {
                return "the field '" + field + "' is not known";
            }
            Class<?> expected = mismatch.getTargetType();
            return "the field '" + field + "' must be " + (expected == null ? "of another type"
                    : Number.class.isAssignableFrom(expected) ? "a number" : expected == String.class ? "a string"
                    : expected == Boolean.class || expected == boolean.class ? "true or false" : "an object");
        }
        return JsonWriter.problem(e);
    }

    private static ZosmfError badRequest(String text) {
        return error(400, 13, text);
    }
}

package dev.zosmfsim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.SimulatedSystem;
import dev.zosmfsim.console.ConsoleName;
import dev.zosmfsim.faults.FaultEffect;
import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.faults.RequestFacts;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs after the logon check on every z/OSMF request: asks the fault rules once and carries out the effect that the
 * first firing rule names. Effects on the wire are handed to {@link FaultResponseHandler} through the request's
 * {@link FaultOutcome}.
 */
final class FaultFilter {

    /** The request attribute naming the effect that fired, for the request journal. */
    static final String FIRED = "zosmf-sim.fault";

    private static final String CONSOLES = "/zosmf/restconsoles/consoles/";

    private final Supplier<SimulatedSystem> systems;
    private final JsonWriter json;

    FaultFilter(Supplier<SimulatedSystem> systems, JsonWriter json) {
        this.systems = systems;
        this.json = json;
    }

    void handle(Context ctx) throws InterruptedException {
        SimulatedSystem system = systems.get();
        if (!system.faults().hasRequestRules()) {
            return;
        }
        String userid = SecurityFilter.userid(ctx);
        String path = ctx.path();
        RequestFacts facts = new RequestFacts(ctx.method().name(), path, FaultService.ofPath(path), userid,
                consoleName(path, userid), commandText(ctx));
        Optional<FaultEffect> fired = system.faults().onRequest(facts);
        if (fired.isEmpty()) {
            return;
        }
        FaultEffect effect = fired.get();
        ctx.attribute(FIRED, effect.describe());
        if (effect instanceof FaultEffect.Delay delay) {
            system.clock().sleep(delay.duration());
        } else if (effect instanceof FaultEffect.Error error) {
            throw new ZosmfError(error.status(), error.body());
        } else if (effect instanceof FaultEffect.Unavailable) {
            throw Errors.zosmfDown();
        } else if (effect instanceof FaultEffect.Drop) {
            outcome(ctx).drop();
            throw new DroppedByFault();
        } else if (effect instanceof FaultEffect.Truncate truncate) {
            outcome(ctx).truncateAfter(truncate.bytes());
        } else if (effect instanceof FaultEffect.Trickle trickle) {
            outcome(ctx).trickle(trickle.bytes(), trickle.every(), system.clock());
        }
    }

    private static FaultOutcome outcome(Context ctx) {
        Object outcome = ctx.req().getAttribute(FaultOutcome.ATTRIBUTE);
        if (!(outcome instanceof FaultOutcome found)) {
            throw new IllegalStateException("the fault response handler is not installed in front of Javalin");
        }
        return found;
    }

    /** The console a console-service path names, resolved as the service resolves it; null elsewhere. */
    private static String consoleName(String path, String userid) {
        if (!path.startsWith(CONSOLES) || userid == null) {
            return null;
        }
        String rest = path.substring(CONSOLES.length());
        int slash = rest.indexOf('/');
        try {
            return ConsoleName.resolve(slash < 0 ? rest : rest.substring(0, slash), userid);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The command a request carries: a console {@code cmd}, a TSO {@code tsoCmd}, or the data sent to TSO. */
    private String commandText(Context ctx) {
        if (!ctx.method().name().equals("PUT") || ctx.contentLength() == 0) {
            return null;
        }
        JsonNode body;
        try {
            // a body past the size limit or not received in full is refused here, before any rule or handler
            body = json.readObject(RequestBodies.text(ctx));
        } catch (JsonProcessingException e) {
            return null; // not JSON: the handler reports that; the rules just see no command
        }
        if (body == null) {
            return null;
        }
        for (JsonNode candidate : new JsonNode[] {body.get("cmd"), body.get("tsoCmd"), body.at("/TSO RESPONSE/DATA")}) {
            if (candidate != null && candidate.isTextual()) {
                return candidate.asText();
            }
        }
        return null;
    }

    /** Thrown to end a request whose connection a fault rule drops; answered with nothing. */
    static final class DroppedByFault extends RuntimeException {
        DroppedByFault() {
            super("dropped by a fault rule", null, false, false);
        }
    }
}

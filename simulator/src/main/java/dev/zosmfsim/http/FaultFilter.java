package dev.zosmfsim.http;

import dev.zosmfsim.faults.FaultEffect;
import dev.zosmfsim.faults.RequestFacts;
import dev.zosmfsim.system.SimulatedSystem;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs after the logon check on every z/OSMF request: asks the fault rules once and carries out the effect that the
 * first firing rule names. Effects on the wire are handed to {@link FaultResponseHandler} through the request's
 * {@link FaultOutcome}.
 */
final class FaultFilter {

    /** The request attribute naming the effect that fired, for the request journal. */
    static final String FIRED = "zosmf-sim.fault";

    private final Supplier<SimulatedSystem> systems;
    private final ServiceDirectory services;
    private final JsonWriter json;
    private final Executor serverThreads;

    FaultFilter(Supplier<SimulatedSystem> systems, ServiceDirectory services, JsonWriter json,
            Executor serverThreads) {
        this.systems = systems;
        this.serverThreads = serverThreads;
        this.services = services;
        this.json = json;
    }

    void handle(Context ctx) {
        SimulatedSystem system = systems.get();
        if (!system.faults().hasRequestRules()) {
            return;
        }
        String userid = SecurityFilter.userid(ctx);
        String path = ctx.path();
        ServiceModule module = services.owner(path).orElse(null);
        FaultSubject subject = module == null ? FaultSubject.NONE : module.faultSubject(ctx, userid, json);
        RequestFacts facts = new RequestFacts(ctx.method().name(), path, module == null ? null
                : module.faultService(), userid, subject.console(), subject.command());
        Optional<FaultEffect> fired = system.faults().onRequest(facts);
        if (fired.isEmpty()) {
            return;
        }
        FaultEffect effect = fired.get();
        ctx.attribute(FIRED, effect.describe());
        if (effect instanceof FaultEffect.Delay delay) {
            // the rest of the request (its route) runs once the delay has passed on the clock; no thread waits
            ctx.future(() -> system.clock().after(delay.duration()).thenRunAsync(() -> { }, serverThreads));
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

    /** Thrown to end a request whose connection a fault rule drops; answered with nothing. */
    static final class DroppedByFault extends RuntimeException {
        DroppedByFault() {
            super("dropped by a fault rule", null, false, false);
        }
    }
}

package dev.zosmfsim.http;

import dev.zosmfsim.system.SimulatedSystem;
import java.util.function.Supplier;

/**
 * What a service module's handlers are built with: the system as it is now (an admin reset replaces it) and the
 * server's one JSON writer.
 */
public record ServerContext(Supplier<SimulatedSystem> systems, JsonWriter json) {

    /** The system as it is now. */
    public SimulatedSystem system() {
        return systems.get();
    }
}

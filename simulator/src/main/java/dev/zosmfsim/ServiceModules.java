package dev.zosmfsim;

import dev.zosmfsim.admin.SimulatorAdmin;
import dev.zosmfsim.admin.rest.AdminModule;
import dev.zosmfsim.console.rest.ConsoleModule;
import dev.zosmfsim.files.rest.FilesModule;
import dev.zosmfsim.http.ServiceModule;
import dev.zosmfsim.jes.rest.JobsModule;
import dev.zosmfsim.security.rest.AuthenticationModule;
import dev.zosmfsim.security.rest.JwkModule;
import dev.zosmfsim.tso.rest.TsoModule;
import dev.zosmfsim.zosmf.rest.InfoModule;
import dev.zosmfsim.zosmf.rest.TopologyModule;
import java.util.List;

/**
 * The one list of the services a simulator serves. Everything that needs the set of services derives from it: the
 * security filter and the fault filter ask the module that owns a path, the request journal names it, and tests
 * check that the scenario schema's service names and the README's service table agree with it.
 */
public final class ServiceModules {

    private ServiceModules() {
    }

    /** Fresh modules for one simulator; {@code admin} and {@code adminToken} are its admin API's. */
    public static List<ServiceModule> of(SimulatorAdmin admin, String adminToken) {
        return List.of(
                new InfoModule(),
                new AuthenticationModule(),
                new JwkModule(),
                new ConsoleModule(),
                new TsoModule(),
                new TopologyModule(),
                new JobsModule(),
                new FilesModule(),
                new AdminModule(admin, adminToken));
    }
}

package dev.zosmfsim.http;

import dev.zosmfsim.faults.FaultService;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * What every service module declares the same way: its name, the path it owns and the key fault rules name it by.
 * A z/OSMF user must log on to every route unless the module says otherwise.
 */
public abstract class BaseServiceModule implements ServiceModule {

    private final String name;
    private final String pathPrefix;
    private final FaultService faultService;

    /** {@code faultService} is null for a service fault rules do not reach. */
    protected BaseServiceModule(String name, String pathPrefix, FaultService faultService) {
        this.name = Objects.requireNonNull(name, "name");
        this.pathPrefix = Objects.requireNonNull(pathPrefix, "pathPrefix");
        this.faultService = faultService;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String pathPrefix() {
        return pathPrefix;
    }

    @Override
    public final FaultService faultService() {
        return faultService;
    }

    @Override
    public Logon logon(HandlerType method, String path) {
        return Logon.ZOSMF_USER;
    }
}

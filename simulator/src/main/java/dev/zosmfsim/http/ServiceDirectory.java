package dev.zosmfsim.http;

import java.util.List;
import java.util.Optional;

/** The service modules of one server, looked up by the paths they own. */
public final class ServiceDirectory {

    /** Every z/OSMF path starts with this; a path under it that no module owns is still a z/OSMF request. */
    public static final String ZOSMF_PREFIX = "/zosmf";

    private final List<ServiceModule> modules;

    public ServiceDirectory(List<ServiceModule> modules) {
        this.modules = List.copyOf(modules);
        for (int i = 0; i < this.modules.size(); i++) {
            for (int j = i + 1; j < this.modules.size(); j++) {
                ServiceModule a = this.modules.get(i);
                ServiceModule b = this.modules.get(j);
                if (a.name().equals(b.name()) || a.owns(b.pathPrefix()) || b.owns(a.pathPrefix())) {
                    throw new IllegalArgumentException("the services " + a.name() + " (" + a.pathPrefix() + ") and "
                            + b.name() + " (" + b.pathPrefix() + ") overlap");
                }
            }
        }
    }

    public List<ServiceModule> modules() {
        return modules;
    }

    /** The module that owns {@code path}, if any. */
    public Optional<ServiceModule> owner(String path) {
        for (ServiceModule module : modules) {
            if (module.owns(path)) {
                return Optional.of(module);
            }
        }
        return Optional.empty();
    }

    /** The name of the service that owns {@code path}, or null. */
    public String serviceOf(String path) {
        return owner(path).map(ServiceModule::name).orElse(null);
    }
}

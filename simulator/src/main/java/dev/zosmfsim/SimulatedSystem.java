package dev.zosmfsim;

import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.console.CommandRouter;
import dev.zosmfsim.console.ConsoleService;
import dev.zosmfsim.console.DisplayTime;
import dev.zosmfsim.security.Authenticator;
import dev.zosmfsim.security.RacfDatabase;
import dev.zosmfsim.security.TokenService;
import dev.zosmfsim.tls.CertificateAuthority;
import dev.zosmfsim.zosmf.SystemIdentity;
import dev.zosmfsim.zosmf.ZosmfSettings;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One simulated z/OS system: the single object graph every service answers from. It knows nothing of HTTP.
 */
public final class SimulatedSystem {

    private final SimClock clock;
    private final SystemIdentity identity;
    private final AtomicReference<ZosmfSettings> zosmfSettings;
    private final RacfDatabase racf;
    private final TokenService tokens;
    private final Authenticator authenticator;
    private final ConsoleService consoles;

    public SimulatedSystem(SimClock clock, SystemIdentity identity, ZosmfSettings zosmfSettings, RacfDatabase racf,
            CertificateAuthority ca) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.zosmfSettings = new AtomicReference<>(Objects.requireNonNull(zosmfSettings, "zosmfSettings"));
        this.racf = Objects.requireNonNull(racf, "racf");
        this.tokens = new TokenService("zOSMF/" + identity.sysname());
        this.authenticator = new Authenticator(racf, tokens, ca.certificate(), clock);
        this.consoles = new ConsoleService(clock, identity, new CommandRouter(List.of(new DisplayTime())));
    }

    public SimClock clock() {
        return clock;
    }

    public SystemIdentity identity() {
        return identity;
    }

    /** z/OSMF's settings in force. */
    public ZosmfSettings zosmfSettings() {
        return zosmfSettings.get();
    }

    /** Puts new z/OSMF settings in force (what a z/OSMF restart does with a changed IZUPRMxx). */
    public void applyZosmfSettings(ZosmfSettings settings) {
        zosmfSettings.set(Objects.requireNonNull(settings, "settings"));
    }

    public RacfDatabase racf() {
        return racf;
    }

    public TokenService tokens() {
        return tokens;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    public ConsoleService consoles() {
        return consoles;
    }
}

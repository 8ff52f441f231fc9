package dev.zosmfsim.testing;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.security.UserProfile;
import dev.zosmfsim.tls.IssuedCertificate;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** The parameter types {@link ZosmfSimulatorExtension} injects, and how each is made from a running simulator. */
final class InjectedParameters {

    private static final Set<Class<?>> TYPES = Set.of(ZosmfSimulator.class, SimClock.class, URI.class,
            HttpClient.class, SSLContext.class, PemFiles.class);
    private static final Set<Class<?>> USER_TYPES = Set.of(HttpClient.class, SSLContext.class, PemFiles.class);

    private InjectedParameters() {
    }

    static boolean supports(ParameterContext parameter) {
        return TYPES.contains(parameter.getParameter().getType());
    }

    static Object resolve(ParameterContext parameter, RunningSimulator running) {
        Class<?> type = parameter.getParameter().getType();
        Optional<LoggedOn> loggedOn = parameter.findAnnotation(LoggedOn.class);
        if (loggedOn.isPresent() && !USER_TYPES.contains(type)) {
            throw refused(parameter, "@LoggedOn goes on HttpClient, SSLContext or PemFiles parameters only");
        }
        ZosmfSimulator simulator = running.simulator();
        if (type == ZosmfSimulator.class) {
            return simulator;
        }
        if (type == SimClock.class) {
            return simulator.clock();
        }
        if (type == URI.class) {
            return simulator.baseUri();
        }
        if (type == PemFiles.class) {
            LoggedOn user = loggedOn.orElseThrow(() -> refused(parameter,
                    "say whose PEM files: @LoggedOn(user = \"COLIN\") PemFiles"));
            String userid = userid(user);
            return running.pemFiles(userid, certificate(parameter, simulator, userid));
        }
        if (loggedOn.isEmpty()) {
            return type == HttpClient.class ? simulator.httpClient() : simulator.sslContext();
        }
        String userid = userid(loggedOn.get());
        if (loggedOn.get().by() == Logon.CERTIFICATE) {
            certificate(parameter, simulator, userid);
            return type == HttpClient.class ? simulator.httpClientFor(userid) : simulator.sslContextFor(userid);
        }
        if (type == SSLContext.class) {
            throw refused(parameter, "a password travels in an HTTP header, not in TLS: ask for a "
                    + "@LoggedOn(user = \"" + userid + "\", by = Logon.PASSWORD) HttpClient, or for an SSLContext"
                    + " without @LoggedOn");
        }
        UserProfile profile = simulator.system().racf().user(userid).orElseThrow(() -> refused(parameter,
                "the scenario defines no user " + userid));
        return new PasswordLogonHttpClient(simulator.httpClient(), userid, profile.password());
    }

    private static String userid(LoggedOn loggedOn) {
        return loggedOn.user().trim().toUpperCase(Locale.ROOT);
    }

    private static IssuedCertificate certificate(ParameterContext parameter, ZosmfSimulator simulator, String userid) {
        return simulator.userCertificate(userid).orElseThrow(() -> refused(parameter, "the scenario issues no client"
                + " certificate for " + userid + " (give the user a certificate: in the scenario file)"));
    }

    private static ParameterResolutionException refused(ParameterContext parameter, String reason) {
        return new ParameterResolutionException("cannot inject parameter " + parameter.getIndex() + " ("
                + parameter.getParameter().getType().getSimpleName() + ") of "
                + parameter.getDeclaringExecutable().getName() + ": " + reason);
    }
}

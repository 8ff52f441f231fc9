package dev.zosmfsim.cli;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.security.UserProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The short summary printed after the ready line: users, files written, a curl and a zowe example. */
final class StartSummary {

    private final PrintWriter out;

    StartSummary(PrintWriter out) {
        this.out = out;
    }

    void print(ZosmfSimulator simulator, Path folder, ClientFolder clientFolder, List<Path> written) {
        out.println("system " + simulator.system().identity().sysname() + ", scenario "
                + (simulator.scenario().description() == null ? "" : simulator.scenario().description()));
        out.println("clock " + describe(simulator.clock()));
        out.println("users:");
        for (UserProfile user : simulator.system().racf().users()) {
            boolean hasCertificate = simulator.userCertificate(user.userid()).isPresent();
            out.println("  " + user.userid() + "  password " + user.password()
                    + (user.special() ? ", SPECIAL" : "") + (user.revoked() ? ", REVOKED" : "")
                    + (user.passwordExpired() ? ", password expired" : "")
                    + (hasCertificate ? ", client certificate " + user.userid().toLowerCase(Locale.ROOT) + ".pem" : ""));
        }
        out.println("files written to " + folder + ":");
        for (Path file : written) {
            out.println("  " + file.getFileName());
        }
        String base = simulator.baseUri().toString();
        simulator.userCertificates().keySet().stream().findFirst().ifPresent(userid -> {
            String name = userid.toLowerCase(Locale.ROOT);
            out.println(clientFolder.prefix().isEmpty() ? "try, in the output folder:"
                    : "try:\n  cd " + clientFolder.folder());
            out.println("  curl --cacert ca.pem --cert " + name + ".pem --key " + name + ".key.pem -X PUT"
                    + " -H 'Content-Type: application/json' -H 'X-CSRF-ZOSMF-HEADER: true' -d '{\"cmd\":\"D T\"}' "
                    + base + "/zosmf/restconsoles/consoles/defcn");
            out.println("  export NODE_EXTRA_CA_CERTS=$PWD/ca.pem");
            out.println("  zowe zos-console issue command \"D T\"      # the team config zowe.config.json is here");
            out.println("  zowe zos-tso issue command \"TIME\"");
        });
        // the token itself stays out of the output, which ends up in CI and container logs
        out.println("admin API: " + base + "/zosmf-sim/v1 with 'Authorization: Bearer <the token in "
                + clientFolder.file("admin-token") + ">'");
        out.println("stop with Ctrl-C");
    }

    private static String describe(SimClock clock) {
        switch (clock.mode()) {
            case MANUAL:
                return "manual, standing at " + clock.now();
            case SCALED:
                return "scaled, " + clock.scale() + " times real time, now " + clock.now();
            default:
                return "real time";
        }
    }
}

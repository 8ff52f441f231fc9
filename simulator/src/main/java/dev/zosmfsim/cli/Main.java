package dev.zosmfsim.cli;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioException;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.tls.KeyAlgorithm;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zosmf-sim}: starts a simulated z/OS system with its z/OSMF endpoint and writes client credentials. */
@Command(name = "zosmf-sim", mixinStandardHelpOptions = true, version = "zosmf-sim 0.1.0",
        sortOptions = false, showDefaultValues = true,
        description = "Starts a simulated z/OS system (z/OSMF, CEA, RACF) on a mutual-TLS port and writes the CA,"
                + " client certificates and a ready Zowe team config into the output folder.")
public final class Main implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "10443",
            description = "HTTPS port to listen on; 0 picks a free port.")
    int port;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "default",
            description = "A shipped scenario by name, or a scenario YAML file.")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "./zosmf-sim-out",
            description = "Folder for ca.pem, users' certificates and keys, PKCS#12 files and zowe.config.json.")
    Path out;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on. The default keeps the simulator reachable from this machine only.")
    String bind;

    @Option(names = "--hostname", paramLabel = "NAME", split = ",",
            description = "Extra host names for the server certificate (localhost, 127.0.0.1 and ::1 are always in).")
    List<String> hostNames = new ArrayList<>();

    @Option(names = "--key-type", paramLabel = "EC|RSA", defaultValue = "EC",
            description = "Key type of the CA and server certificate: EC (P-256) or RSA (2048 bits).")
    String keyType;

    @Option(names = "--user", paramLabel = "USERID:PASSWORD[:special][:cert]", converter = UserOption.Converter.class,
            description = "Adds (or replaces) a user of the scenario; 'special' gives it SPECIAL, 'cert' a client"
                    + " certificate CN=<USERID>,OU=USERS,O=ZOSMF-SIM mapped to it. Repeatable.")
    List<UserOption> users = new ArrayList<>();

    @Option(names = "--clock", paramLabel = "system|manual|scaled",
            description = "The simulator clock, instead of the scenario's: real time, moved only through the admin API,"
                    + " or faster than real time (give --time-scale).")
    String clockMode;

    @Option(names = "--time-scale", paramLabel = "N",
            description = "Run the simulator clock N times faster than real time (implies --clock scaled).")
    Double timeScale;

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "The admin API's token (16+ characters of A-Z, a-z, 0-9, . _ ~ -); random when not given."
                    + " Written to admin-token in the output folder.")
    String adminToken;

    @Option(names = "--export", paramLabel = "FILE",
            description = "On stop, write the simulator's state as a scenario YAML file.")
    Path export;

    @Option(names = "--list-scenarios", description = "List the shipped scenarios, one line each, and exit.")
    boolean listScenarios;

    @Option(names = "--check", paramLabel = "FILE",
            description = "Check a scenario file, print its errors (or that it is valid) and exit: 0 valid, 2 not.")
    Path check;

    private final PrintWriter stdout;

    public Main(PrintWriter stdout) {
        this.stdout = stdout;
    }

    public static void main(String[] args) {
        // the simulator's own lines are the output; library chatter only when it matters
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintWriter out = new PrintWriter(System.out, true);
        CommandLine commandLine = new CommandLine(new Main(out));
        commandLine.setOut(out);
        // the container's entry point passes options from environment variables first; options given after win
        commandLine.setOverwrittenOptionsAllowed(true);
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (listScenarios) {
            new ScenarioLoader().shipped().forEach((name, description) ->
                    stdout.printf("%-28s %s%n", name, description == null ? "" : description));
            return 0;
        }
        if (check != null) {
            return checkScenario(check);
        }
        Optional<SimClock> clock;
        try {
            clock = ClockChoice.create(clockMode, timeScale);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
        if (adminToken != null) {
            try {
                ZosmfSimulator.builder().adminToken(adminToken);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--admin-token: " + e.getMessage());
            }
        }
        ZosmfSimulator simulator;
        try {
            Scenario loaded = new ScenarioLoader().load(scenario);
            for (UserOption user : users) {
                loaded = user.addTo(loaded);
            }
            ZosmfSimulator.Builder builder = ZosmfSimulator.builder().scenario(loaded).port(port).bindHost(bind)
                    .keyAlgorithm(keyAlgorithm());
            hostNames.forEach(builder::hostName);
            clock.ifPresent(builder::clock);
            if (adminToken != null) {
                builder.adminToken(adminToken);
            }
            simulator = builder.start();
        } catch (ScenarioException e) {
            System.err.println("zosmf-sim: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("zosmf-sim: cannot start: " + rootMessage(e));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            exportOnStop(simulator);
            simulator.close();
            stopped.countDown();
        }, "zosmf-sim-shutdown"));
        List<Path> written = new CredentialFiles(out).write(simulator);
        stdout.println(ReadyLine.of(simulator.baseUri()));
        new StartSummary(stdout).print(simulator, out, written);
        stdout.flush();
        stopped.await();
        return 0;
    }

    private int checkScenario(Path file) {
        List<ScenarioException> problems = new ScenarioLoader().check(file);
        if (problems.isEmpty()) {
            stdout.println(file + ": valid");
            return 0;
        }
        problems.forEach(problem -> System.err.println(problem.getMessage()));
        System.err.println(file + ": " + problems.size() + (problems.size() == 1 ? " error" : " errors"));
        return 2;
    }

    private KeyAlgorithm keyAlgorithm() {
        try {
            return KeyAlgorithm.parse(keyType);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--key-type: " + e.getMessage());
        }
    }

    private void exportOnStop(ZosmfSimulator simulator) {
        if (export == null) {
            return;
        }
        try {
            java.nio.file.Files.writeString(export, simulator.admin().exportYaml());
            System.err.println("zosmf-sim: state exported to " + export);
        } catch (IOException | RuntimeException e) {
            System.err.println("zosmf-sim: cannot export the state to " + export + ": " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

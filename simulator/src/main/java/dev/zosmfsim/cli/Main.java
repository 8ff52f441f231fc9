package dev.zosmfsim.cli;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.scenario.ScenarioException;
import dev.zosmfsim.scenario.ScenarioLoader;
import dev.zosmfsim.security.UserProfile;
import dev.zosmfsim.tls.KeyAlgorithm;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
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
            description = "HTTPS port to listen on, 0-65535; 0 picks a free port.")
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

    @Option(names = "--host-out", paramLabel = "DIR",
            description = "The output folder's path where clients read it, for the paths in zowe.config.json and the"
                    + " printed commands: e.g. the host path of a container's mounted volume; '.' makes them relative."
                    + " Default: the folder's absolute path.")
    String hostOut;

    @Option(names = "--hostname", paramLabel = "NAME", split = ",", showDefaultValue = CommandLine.Help.Visibility.NEVER,
            description = "Extra host names for the server certificate (localhost, 127.0.0.1 and ::1 are always in).")
    List<String> hostNames = new ArrayList<>();

    @Option(names = "--key-type", paramLabel = "EC|RSA", defaultValue = "EC",
            description = "Key type of the CA and server certificate: EC (P-256) or RSA (2048 bits).")
    String keyType;

    @Option(names = "--user", paramLabel = "USERID:PASSWORD[:special][:cert]", converter = UserOption.Converter.class,
            showDefaultValue = CommandLine.Help.Visibility.NEVER,
            description = "Adds (or replaces) a user of the scenario; 'special' gives it SPECIAL, 'cert' a client"
                    + " certificate CN=<USERID>,OU=USERS,O=ZOSMF-SIM mapped to it. Repeatable. Visible to 'ps':"
                    + " --user-file or ZOSMF_SIM_USERS keep passwords out of the process list.")
    List<UserOption> users = new ArrayList<>();

    @Option(names = "--user-file", paramLabel = "FILE",
            description = "Users to add, one USERID:PASSWORD[:special][:cert] a line (# starts a comment), after those"
                    + " of the environment variable ZOSMF_SIM_USERS (blank-separated) and before --user.")
    Path userFile;

    @Option(names = "--zowe-password", paramLabel = "USERID", split = ",",
            showDefaultValue = CommandLine.Help.Visibility.NEVER,
            description = "Also write a password profile for this SPECIAL user into zowe.config.json (users without"
                    + " SPECIAL always get one; a SPECIAL user's password opens the whole system). Repeatable.")
    List<String> zowePasswords = new ArrayList<>();

    @Option(names = "--clock", paramLabel = "system|manual|scaled",
            description = "The simulator clock, instead of the scenario's: real time, moved only through the admin API,"
                    + " or faster than real time (give --time-scale).")
    String clockMode;

    @Option(names = "--time-scale", paramLabel = "N",
            description = "Run the simulator clock N times faster than real time (implies --clock scaled).")
    Double timeScale;

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "The admin API's token (16+ characters of A-Z, a-z, 0-9, . _ ~ -); random when not given."
                    + " Written to admin-token in the output folder, never printed. Visible to 'ps': prefer"
                    + " --admin-token-file or the environment variable ZOSMF_SIM_ADMIN_TOKEN.")
    String adminToken;

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "Read the admin API's token from the first line of FILE.")
    Path adminTokenFile;

    @Option(names = "--limit", paramLabel = "NAME=VALUE", split = ",", converter = LimitOption.Converter.class,
            showDefaultValue = CommandLine.Help.Visibility.NEVER,
            description = "A connection limit or timeout, over the scenario's limits: section. NAME is one of "
                    + "max-connections (default 4000), max-connections-per-client (1000), max-threads (64),"
                    + " idle-timeout (30s), header-timeout (20s: the whole time a request header may take),"
                    + " min-body-rate (256 bytes/s; 0 for none) or max-handshakes-per-client (1: TLS handshakes of"
                    + " one address worked on at once, the others wait their turn). Repeatable; the container's"
                    + " ZOSMF_SIM_LIMITS"
                    + " gives the same list, comma-separated.")
    List<LimitOption> limits = new ArrayList<>();

    @Option(names = "--export", paramLabel = "FILE",
            description = "On stop, write the simulator's state as a scenario YAML file (large and binary contents"
                    + " in files beside it, in NAME-contents/).")
    Path export;

    @Option(names = "--list-scenarios", description = "List the shipped scenarios, one line each, and exit.")
    boolean listScenarios;

    @Option(names = "--check", paramLabel = "FILE",
            description = "Check a scenario file, print its errors (or that it is valid) and exit: 0 valid, 2 not.")
    Path check;

    private final AtomicBoolean closed = new AtomicBoolean();
    private final PrintWriter stdout;
    private final Map<String, String> environment;

    public Main(PrintWriter stdout) {
        this(stdout, System.getenv());
    }

    Main(PrintWriter stdout, Map<String, String> environment) {
        this.stdout = stdout;
        this.environment = environment;
    }

    public static void main(String[] args) {
        // the simulator's own lines are the output; library chatter only when it matters
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        // a failed start is reported in one line of our own (StartProblem), not also as the server's ERROR line
        if (System.getProperty("org.slf4j.simpleLogger.log.io.javalin.Javalin") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.io.javalin.Javalin", "off");
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
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "Invalid value for option '--port': a port is 0 to 65535, got " + port);
        }
        Optional<SimClock> clock;
        try {
            clock = ClockChoice.create(clockMode, timeScale);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
        Secrets secrets = new Secrets(environment);
        String token;
        List<UserOption> allUsers = new ArrayList<>();
        try {
            token = secrets.adminToken(adminToken, adminTokenFile);
            allUsers.addAll(secrets.users(userFile));
        } catch (Secrets.UsageError e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
        allUsers.addAll(users);
        if (token != null) {
            try {
                ZosmfSimulator.builder().adminToken(token);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(new CommandLine(this), "the admin token: " + e.getMessage());
            }
        }
        KeyAlgorithm keys = keyAlgorithm();
        java.util.function.UnaryOperator<dev.zosmfsim.limits.ServerLimits> limitChange;
        try {
            limitChange = LimitOption.all(limits);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--limit: " + e.getMessage());
        }
        Scenario loaded;
        try {
            loaded = new ScenarioLoader().load(scenario);
            for (UserOption user : allUsers) {
                loaded = user.addTo(loaded);
            }
        } catch (ScenarioException e) {
            System.err.println("zosmf-sim: " + e.getMessage());
            return 2;
        }
        ZosmfSimulator simulator;
        List<Path> written;
        OutputFolder folder;
        try {
            folder = OutputFolder.prepare(out);
            simulator = start(loaded, keys, clock, token, limitChange);
        } catch (StartFailure e) {
            System.err.println("zosmf-sim: " + e.getMessage());
            return StartFailure.EXIT_CODE;
        }
        ClientFolder clients = ClientFolder.of(folder.path(), hostOut);
        Set<String> specialPasswords = zowePasswords.stream().map(UserProfile::normalizeUserid).collect(Collectors.toSet());
        try {
            written = new CredentialFiles(folder, clients, specialPasswords).write(simulator);
        } catch (StartFailure e) {
            simulator.close();
            System.err.println("zosmf-sim: " + e.getMessage());
            return StartFailure.EXIT_CODE;
        }
        CleanStop stop = new CleanStop();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopSimulator(simulator);
            stopped.countDown();
        }, "zosmf-sim-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean handlesSignals = stop.install();
        stdout.println(ReadyLine.of(simulator.baseUri()));
        new StartSummary(stdout).print(simulator, folder.path(), clients, written);
        stdout.flush();
        if (!handlesSignals) {
            stopped.await();
            return 0;
        }
        String signal = stop.await();
        Runtime.getRuntime().removeShutdownHook(hook);
        stopSimulator(simulator);
        stdout.println("zosmf-sim stopped (" + signal + ")");
        stdout.flush();
        return 0;
    }

    private ZosmfSimulator start(Scenario loaded, KeyAlgorithm keys, Optional<SimClock> clock, String token,
            java.util.function.UnaryOperator<dev.zosmfsim.limits.ServerLimits> limitChange) {
        ZosmfSimulator.Builder builder = ZosmfSimulator.builder().scenario(loaded).port(port).bindHost(bind)
                .keyAlgorithm(keys).limits(limitChange);
        hostNames.forEach(builder::hostName);
        clock.ifPresent(builder::clock);
        if (token != null) {
            builder.adminToken(token);
        }
        try {
            return builder.start();
        } catch (RuntimeException e) {
            throw new StartFailure(StartProblem.describe(e, bind, port));
        }
    }

    private void stopSimulator(ZosmfSimulator simulator) {
        if (closed.compareAndSet(false, true)) {
            exportOnStop(simulator);
            simulator.close();
        }
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
            simulator.admin().exportTo(export);
            System.err.println("zosmf-sim: state exported to " + export);
        } catch (IOException | RuntimeException e) {
            System.err.println("zosmf-sim: cannot export the state to " + export + ": " + rootMessage(e));
        }
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

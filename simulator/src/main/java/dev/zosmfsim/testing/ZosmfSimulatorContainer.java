package dev.zosmfsim.testing;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import dev.zosmfsim.admin.RemoteAdmin;
import dev.zosmfsim.admin.SimulatorAdmin;
import dev.zosmfsim.cli.ReadyLine;
import dev.zosmfsim.security.UserProfile;
import dev.zosmfsim.tls.IssuedCertificate;
import dev.zosmfsim.tls.Pem;
import dev.zosmfsim.tls.TlsContexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Future;
import javax.net.ssl.SSLContext;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The simulator in a container, from the image the repository's {@code Dockerfile} builds:
 *
 * <pre>{@code
 * @Container
 * static final ZosmfSimulatorContainer SIMULATOR = new ZosmfSimulatorContainer(
 *         new ImageFromDockerfile("zosmf-sim", false).withDockerfile(Path.of("../Dockerfile")))
 *         .withUser("ALICE", "SECRET", UserFlag.CERTIFICATE);
 *
 * // or: new ZosmfSimulatorContainer(ZosmfSimulatorContainer.imageFromDockerfile(Path.of("../Dockerfile")))
 *
 * HttpClient alice = HttpClient.newBuilder().sslContext(SIMULATOR.sslContextFor("ALICE")).build();
 * alice.send(HttpRequest.newBuilder(URI.create(SIMULATOR.getBaseUrl() + "/zosmf/info")).build(), ofString());
 * }</pre>
 *
 * <p>The container is ready when the simulator prints its ready line, which it does after writing the CA and the
 * users' certificates and keys to {@value #CREDENTIALS_FOLDER}; the accessors copy them out from there. The server
 * certificate also names {@link #getHost()}, so clients verify the host name as usual.
 */
public class ZosmfSimulatorContainer extends GenericContainer<ZosmfSimulatorContainer> {

    /** The HTTPS port inside the container. */
    public static final int HTTPS_PORT = 10443;
    /** Where the simulator writes {@code ca.pem}, {@code <userid>.pem}, {@code <userid>.key.pem} and the rest. */
    public static final String CREDENTIALS_FOLDER = "/var/lib/zosmf-sim";
    /** What the wait strategy waits for: the ready line, matched against one log line as Testcontainers reads it. */
    public static final String READY_LOG_REGEX = ".*" + ReadyLine.REGEX + "\\s*";

    /** The tag {@link #imageFromDockerfile} gives the image it builds. */
    public static final String LOCAL_IMAGE = "zosmf-sim:local";

    /**
     * A system property naming the network mode of the container, e.g. {@code slirp4netns} for podman's user-mode
     * networking, whose namespace belongs to the container alone; unset, the engine's default.
     */
    public static final String NETWORK_MODE_PROPERTY = "zosmf-sim.container-network";

    private static final String SCENARIO_FILE = "/etc/zosmf-sim/scenario.yaml";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);

    /** Flags of a user added with {@link #withUser}. */
    public enum UserFlag {
        /** The user has RACF SPECIAL. */
        SPECIAL,
        /** The CA issues the user a client certificate, mapped to the user, so it can log on without password. */
        CERTIFICATE
    }

    /** A container of an image by name, e.g. one built and tagged before. */
    public ZosmfSimulatorContainer(DockerImageName image) {
        super(image);
        setUp();
    }

    /** A container of an image built while the test starts, e.g. {@code new ImageFromDockerfile()...}. */
    public ZosmfSimulatorContainer(Future<String> image) {
        super(image);
        setUp();
    }

    private void setUp() {
        addExposedPort(HTTPS_PORT);
        waitingFor(Wait.forLogMessage(READY_LOG_REGEX, 1).withStartupTimeout(STARTUP_TIMEOUT));
    }

    /**
     * The image the repository's {@code Dockerfile} builds, tagged {@value #LOCAL_IMAGE} and kept, so that the next
     * build reuses its layers. System properties, where they are set, choose the Dockerfile's build arguments
     * {@code BUILD_IMAGE} ({@code zosmf-sim.build-image}: Maven and a JDK 17, default
     * {@code maven:3.9-eclipse-temurin-17}) and {@code RUNTIME_IMAGE} ({@code zosmf-sim.runtime-image}: a Java 17
     * runtime, default {@code eclipse-temurin:17-jre}), and the target ({@code zosmf-sim.image-target}:
     * {@code prebuilt} takes the jar in {@code simulator/target} beside the Dockerfile, so no Maven runs in the
     * build). A machine that reaches no image registry, or a mirror only, sets them.
     */
    public static ImageFromDockerfile imageFromDockerfile(Path dockerfile) {
        ImageFromDockerfile image = new ImageFromDockerfile(LOCAL_IMAGE, false).withDockerfile(dockerfile);
        for (String argument : new String[] {"BUILD_IMAGE", "RUNTIME_IMAGE"}) {
            String value = System.getProperty("zosmf-sim." + argument.toLowerCase(Locale.ROOT).replace('_', '-'));
            if (value != null && !value.isBlank()) {
                image.withBuildArg(argument, value.strip());
            }
        }
        String target = System.getProperty("zosmf-sim.image-target");
        if (target != null && !target.isBlank()) {
            image.withTarget(target.strip());
        }
        return image;
    }

    /** A scenario shipped in the image, by name ({@code default}). */
    public ZosmfSimulatorContainer withScenario(String name) {
        return withEnv("ZOSMF_SIM_SCENARIO", name);
    }

    /** A scenario file of this machine, copied into the container. */
    public ZosmfSimulatorContainer withScenario(Path file) {
        withCopyFileToContainer(MountableFile.forHostPath(file, 0644), SCENARIO_FILE);
        return withEnv("ZOSMF_SIM_SCENARIO", SCENARIO_FILE);
    }

    /** Adds a user to the scenario (or replaces one of the same id). */
    public ZosmfSimulatorContainer withUser(String userid, String password, UserFlag... flags) {
        String normalized = UserProfile.normalizeUserid(userid);
        if (!dev.zosmfsim.security.Password.valid(password) || password.matches(".*[:\\s].*")) {
            throw new IllegalArgumentException("a password is 1-8 characters without ':' or blanks");
        }
        StringBuilder spec = new StringBuilder(normalized).append(':').append(password);
        for (UserFlag flag : flags) {
            spec.append(flag == UserFlag.SPECIAL ? ":special" : ":cert");
        }
        String users = getEnvMap().get("ZOSMF_SIM_USERS");
        return withEnv("ZOSMF_SIM_USERS", users == null ? spec.toString() : users + " " + spec);
    }

    /** Runs the simulated clock {@code factor} times faster than real time. */
    public ZosmfSimulatorContainer withTimeScale(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("the time scale must be a positive number, got " + factor);
        }
        return withEnv("ZOSMF_SIM_TIME_SCALE", Double.toString(factor));
    }

    /**
     * Sets one connection limit or timeout ({@code max-connections-per-client}, {@code header-timeout}, ...: the
     * names of {@code --limit}); the simulator checks the value when it starts.
     */
    public ZosmfSimulatorContainer withLimit(String name, String value) {
        if (!dev.zosmfsim.limits.ServerLimits.NAMES.contains(name) || !value.matches("[0-9a-z]{1,12}")) {
            throw new IllegalArgumentException("expected one of " + dev.zosmfsim.limits.ServerLimits.NAMES
                    + " and a number or duration such as 20s");
        }
        String limits = getEnvMap().get("ZOSMF_SIM_LIMITS");
        String limit = name + "=" + value;
        return withEnv("ZOSMF_SIM_LIMITS", limits == null || limits.isBlank() ? limit : limits + "," + limit);
    }

    @Override
    protected void configure() {
        // a test's traffic stays on this machine where the engine does: the port is published on 127.0.0.1 only
        if (getHost().equals("localhost") || getHost().startsWith("127.")) {
            withCreateContainerCmdModifier(create -> create.getHostConfig().withPortBindings(new PortBinding(
                    Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(HTTPS_PORT))));
        }
        String network = System.getProperty(NETWORK_MODE_PROPERTY);
        if (network != null && !network.isBlank()) {
            withNetworkMode(network.strip());
        }
        String names = getEnvMap().get("ZOSMF_SIM_HOSTNAMES");
        if (names == null || names.isBlank()) {
            withEnv("ZOSMF_SIM_HOSTNAMES", getHost());
        } else if (!Arrays.asList(names.split(",")).contains(getHost())) {
            withEnv("ZOSMF_SIM_HOSTNAMES", names + "," + getHost());
        }
    }

    /** {@code https://<host>:<mapped port>}, without a trailing slash. */
    public String getBaseUrl() {
        return "https://" + getHost() + ":" + getMappedPort(HTTPS_PORT);
    }

    /** {@link #getBaseUrl()} as a URI. */
    public URI getBaseUri() {
        return URI.create(getBaseUrl());
    }

    /** The CA certificate, as PEM, that clients must trust. */
    public String caCertificatePem() {
        return copyText("ca.pem");
    }

    /** {@code userid}'s client certificate as PEM (the user needs {@link UserFlag#CERTIFICATE} or a scenario one). */
    public String certificatePem(String userid) {
        return copyText(userid.toLowerCase(Locale.ROOT) + ".pem");
    }

    /** {@code userid}'s private key as unencrypted PKCS#8 PEM. */
    public String privateKeyPem(String userid) {
        return copyText(userid.toLowerCase(Locale.ROOT) + ".key.pem");
    }

    /** Copies the CA and {@code userid}'s certificate and key into {@code folder} (the key readable by its owner). */
    public PemFiles copyPemFiles(String userid, Path folder) {
        String name = userid.toLowerCase(Locale.ROOT);
        try {
            Files.createDirectories(folder);
            Path ca = Files.writeString(folder.resolve("ca.pem"), caCertificatePem(), StandardCharsets.US_ASCII);
            Path certificate = Files.writeString(folder.resolve(name + ".pem"), certificatePem(userid),
                    StandardCharsets.US_ASCII);
            Path key = folder.resolve(name + ".key.pem");
            Files.writeString(key, privateKeyPem(userid), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the platform's defaults apply
            }
            return new PemFiles(ca, certificate, key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PEM files of " + userid + " to " + folder, e);
        }
    }

    /**
     * The admin API's bearer token ({@code /zosmf-sim/v1}, header {@code Authorization: Bearer <token>}), as the
     * simulator wrote it to {@code admin-token} in {@value #CREDENTIALS_FOLDER}.
     */
    public String getAdminToken() {
        return copyText("admin-token").strip();
    }

    /**
     * The simulator's admin interface, over its admin API with {@link #getAdminToken()}: the same operations as
     * {@code ZosmfSimulator.admin()} in process (revoke, faults, the clock, sessions, the journal...).
     */
    public SimulatorAdmin admin() {
        return RemoteAdmin.connect(getBaseUri(), getAdminToken(), sslContext());
    }

    /** A TLS context that trusts the simulator and presents no certificate (for password logons). */
    public SSLContext sslContext() {
        return TlsContexts.client(Pem.readCertificate(caCertificatePem()), null);
    }

    /** A TLS context that trusts the simulator and logs on with {@code userid}'s client certificate. */
    public SSLContext sslContextFor(String userid) {
        X509Certificate ca = Pem.readCertificate(caCertificatePem());
        IssuedCertificate certificate = new IssuedCertificate(Pem.readCertificate(certificatePem(userid)),
                Pem.readPrivateKey(privateKeyPem(userid)), ca);
        return TlsContexts.client(ca, certificate);
    }

    private String copyText(String fileName) {
        return copyFileFromContainer(CREDENTIALS_FOLDER + "/" + fileName,
                in -> new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    }
}

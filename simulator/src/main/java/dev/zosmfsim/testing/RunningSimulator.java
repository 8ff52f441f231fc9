package dev.zosmfsim.testing;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.tls.IssuedCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One simulator the extension started, with the temporary folder its PEM files go to. JUnit closes it with the
 * extension context that holds it: the simulator stops and the folder is deleted.
 */
final class RunningSimulator implements AutoCloseable {

    private final ZosmfSimulator simulator;
    private final Map<String, PemFiles> pemFiles = new ConcurrentHashMap<>();
    private volatile Path folder;

    RunningSimulator(ZosmfSimulator simulator) {
        this.simulator = simulator;
    }

    ZosmfSimulator simulator() {
        return simulator;
    }

    /** The CA and {@code userid}'s certificate and key as PEM files, written on first use. */
    PemFiles pemFiles(String userid, IssuedCertificate certificate) {
        return pemFiles.computeIfAbsent(userid, id -> {
            try {
                Path base = folder();
                String name = id.toLowerCase(Locale.ROOT);
                Path ca = base.resolve("ca.pem");
                if (!Files.exists(ca)) {
                    Files.writeString(ca, simulator.caCertificatePem(), StandardCharsets.US_ASCII);
                }
                Path cert = Files.writeString(base.resolve(name + ".pem"), certificate.certificatePem(),
                        StandardCharsets.US_ASCII);
                Path key = createOwnerOnly(base.resolve(name + ".key.pem"));
                Files.writeString(key, certificate.privateKeyPem(), StandardCharsets.US_ASCII);
                return new PemFiles(ca, cert, key);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the PEM files of " + id, e);
            }
        });
    }

    private static Path createOwnerOnly(Path file) throws IOException {
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return Files.createFile(file); // not a POSIX file system: the platform's defaults apply
        }
    }

    private synchronized Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("zosmf-sim-pem-");
        }
        return folder;
    }

    @Override
    public void close() throws IOException {
        try {
            simulator.close();
        } finally {
            Path written = folder;
            if (written != null) {
                try (Stream<Path> files = Files.walk(written)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }
}

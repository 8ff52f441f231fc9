package dev.zosmfsim.cli;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.tls.IssuedCertificate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what clients need into the output folder: {@code ca.pem}; per user with a certificate
 * {@code <userid>.pem}, {@code <userid>.key.pem} and {@code <userid>.p12}; and {@code zowe.config.json}.
 * Files holding private keys are readable by their owner only.
 */
final class CredentialFiles {

    /** The password of the PKCS#12 files (they protect throwaway test keys). */
    static final String PKCS12_PASSWORD = "zosmf-sim";

    private final Path folder;

    CredentialFiles(Path folder) {
        this.folder = folder;
    }

    List<Path> write(ZosmfSimulator simulator) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        written.add(writePublic("ca.pem", simulator.caCertificatePem()));
        for (Map.Entry<String, IssuedCertificate> entry : simulator.userCertificates().entrySet()) {
            String name = entry.getKey().toLowerCase(Locale.ROOT);
            IssuedCertificate certificate = entry.getValue();
            written.add(writePublic(name + ".pem", certificate.certificatePem()));
            written.add(writePrivate(name + ".key.pem", certificate.privateKeyPem().getBytes(StandardCharsets.US_ASCII)));
            written.add(writePrivate(name + ".p12", certificate.pkcs12(name, PKCS12_PASSWORD.toCharArray())));
        }
        written.add(writePublic("zowe.config.json", ZoweTeamConfig.render(simulator, folder)));
        written.add(writePrivate("admin-token", (simulator.adminToken() + "\n").getBytes(StandardCharsets.US_ASCII)));
        return written;
    }

    private Path writePublic(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Path writePrivate(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system: the platform's defaults apply
        }
        Files.write(file, content);
        return file;
    }
}

package dev.zosmfsim.cli;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.tls.IssuedCertificate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes what clients need into the output folder: {@code ca.pem}; per user with a certificate
 * {@code <userid>.pem}, {@code <userid>.key.pem} and {@code <userid>.p12}; {@code zowe.config.json} and
 * {@code admin-token}. Certificates are readable by everyone; private keys, the team config (it holds passwords) and
 * the token by their owner only.
 */
final class CredentialFiles {

    /** The password of the PKCS#12 files (they protect throwaway test keys). */
    static final String PKCS12_PASSWORD = "zosmf-sim";

    private final OutputFolder folder;
    private final ClientFolder clientFolder;
    private final Set<String> specialPasswords;

    CredentialFiles(OutputFolder folder, ClientFolder clientFolder, Set<String> specialPasswords) {
        this.folder = folder;
        this.clientFolder = clientFolder;
        this.specialPasswords = specialPasswords;
    }

    /** The files, in the order written; a {@link StartFailure} names the one that could not be written. */
    List<Path> write(ZosmfSimulator simulator) {
        List<Path> written = new ArrayList<>();
        String current = "ca.pem";
        try {
            written.add(folder.writePublic(current, ascii(simulator.caCertificatePem())));
            for (Map.Entry<String, IssuedCertificate> entry : simulator.userCertificates().entrySet()) {
                String name = entry.getKey().toLowerCase(Locale.ROOT);
                IssuedCertificate certificate = entry.getValue();
                current = name + ".pem";
                written.add(folder.writePublic(current, ascii(certificate.certificatePem())));
                current = name + ".key.pem";
                written.add(folder.writePrivate(current, ascii(certificate.privateKeyPem())));
                current = name + ".p12";
                written.add(folder.writePrivate(current, certificate.pkcs12(name, PKCS12_PASSWORD.toCharArray())));
            }
            current = "zowe.config.json";
            written.add(folder.writePrivate(current, ZoweTeamConfig.render(simulator, clientFolder, specialPasswords)
                    .getBytes(StandardCharsets.UTF_8)));
            current = "admin-token";
            written.add(folder.writePrivate(current, ascii(simulator.adminToken() + "\n")));
            return written;
        } catch (IOException e) {
            throw new StartFailure("--out " + folder.path() + ": cannot write " + current + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

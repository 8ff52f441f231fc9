package dev.zosmfsim.clienttests;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.tls.IssuedCertificate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a simulator's CA and a user's certificate and key as PEM files, as external clients need them. */
final class CredentialFolder {

    final Path ca;
    final Path folder;

    CredentialFolder(ZosmfSimulator simulator, Path folder) throws IOException {
        this.folder = folder;
        this.ca = Files.writeString(folder.resolve("ca.pem"), simulator.caCertificatePem());
    }

    /** Writes {@code certificate} as {@code name.pem} and {@code name.key.pem}; returns {cert, key}. */
    Path[] write(String name, IssuedCertificate certificate) throws IOException {
        Path cert = Files.writeString(folder.resolve(name + ".pem"), certificate.certificatePem());
        Path key = Files.writeString(folder.resolve(name + ".key.pem"), certificate.privateKeyPem());
        return new Path[] {cert, key};
    }
}

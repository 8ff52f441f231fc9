package dev.zosmfsim.testing;

import java.nio.file.Path;

/**
 * A user's credentials as PEM files, for clients outside the JVM (curl, the Zowe CLI, Node.js, Python): the CA
 * certificate to trust, the user's client certificate, and its unencrypted PKCS#8 private key (readable by its owner
 * only).
 */
public record PemFiles(Path ca, Path certificate, Path privateKey) {
}

package dev.zosmfsim.security;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What one request carries to prove who it is; any part may be absent.
 *
 * @param userid           from an HTTP Basic header, or null
 * @param password         from an HTTP Basic header, or null
 * @param clientChain      the TLS client certificate chain, leaf first, or empty
 * @param jwtToken         the {@code jwtToken} cookie, or null
 * @param ltpaToken        the {@code LtpaToken2} cookie, or null
 */
public record Credentials(String userid, String password, List<X509Certificate> clientChain, String jwtToken,
        String ltpaToken) {

    public Credentials {
        clientChain = clientChain == null ? List.of() : List.copyOf(clientChain);
    }

    public static Credentials basic(String userid, String password) {
        return new Credentials(userid, password, List.of(), null, null);
    }

    public static Credentials certificate(X509Certificate... chain) {
        return new Credentials(null, null, List.of(chain), null, null);
    }

    public boolean hasBasic() {
        return userid != null;
    }

    public boolean hasCertificate() {
        return !clientChain.isEmpty();
    }
}

package dev.zosmfsim.security;

import java.util.Objects;
import java.util.Optional;
import java.security.cert.X509Certificate;

/**
 * A certificate name filter as {@code RACDCERT MAP} creates it: certificates whose subject (and, if given, issuer)
 * DN match the filters log on as {@code userid} without a password. A NOTRUST map matches but refuses the logon.
 *
 * @param userid       the user the certificates map to
 * @param subjectFilter SDNFILTER
 * @param issuerFilter  IDNFILTER, or null
 * @param label         WITHLABEL, or null
 * @param trusted       TRUST (true) or NOTRUST (false)
 */
public record CertificateMap(String userid, DnFilter subjectFilter, DnFilter issuerFilter, String label, boolean trusted) {

    public CertificateMap {
        userid = UserProfile.normalizeUserid(userid);
        Objects.requireNonNull(subjectFilter, "subjectFilter");
    }

    public Optional<DnFilter> issuer() {
        return Optional.ofNullable(issuerFilter);
    }

    /** True if this map's filters match the certificate. */
    public boolean matches(X509Certificate certificate) {
        return subjectFilter.matches(certificate.getSubjectX500Principal())
                && (issuerFilter == null || issuerFilter.matches(certificate.getIssuerX500Principal()));
    }

    /** RACF picks the most specific matching map; an issuer filter adds to the specificity. */
    int specificity() {
        return subjectFilter.specificity() * 100 + (issuerFilter == null ? 0 : issuerFilter.specificity());
    }

    /** Two maps with the same filters are the same map to RACF, whoever they map to. */
    public boolean sameFilters(CertificateMap other) {
        return subjectFilter.equals(other.subjectFilter) && Objects.equals(issuerFilter, other.issuerFilter);
    }
}

package dev.zosmfsim.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * A RACDCERT MAP distinguished-name filter such as {@code CN=COLIN.O=ZOSMF-SIM}.
 *
 * <p>RACF writes the parts of a filter most specific first, separated by periods. A filter matches a certificate's
 * DN when its parts equal the DN's least specific parts: {@code O=ZOSMF-SIM} matches every certificate of that
 * organisation, {@code CN=COLIN.O=ZOSMF-SIM} only COLIN's. Attribute names compare without regard to case, values
 * exactly.
 */
public final class DnFilter {

    private final String text;
    private final List<Rdn> parts;

    private DnFilter(String text, List<Rdn> parts) {
        this.text = text;
        this.parts = parts;
    }

    /** Parses a RACF filter; commas are accepted too, as in an RFC 2253 DN. */
    public static DnFilter parse(String filter) {
        if (filter == null || filter.isBlank()) {
            throw new IllegalArgumentException("a DN filter cannot be empty");
        }
        String trimmed = filter.trim();
        List<Rdn> parts = new ArrayList<>();
        // a period or comma that starts the next ATTRIBUTE= separates parts; periods inside values stay
        for (String piece : trimmed.split("[.,](?=\\s*(?:[A-Za-z][A-Za-z0-9-]*|\\d+(?:\\.\\d+)*)\\s*=)")) {
            try {
                LdapName single = new LdapName(piece.trim());
                if (single.size() != 1) {
                    throw new IllegalArgumentException("'" + piece + "' in DN filter '" + filter + "' is not one ATTRIBUTE=value part");
                }
                parts.add(single.getRdn(0));
            } catch (InvalidNameException e) {
                throw new IllegalArgumentException("'" + piece + "' in DN filter '" + filter
                        + "' is not of the form ATTRIBUTE=value", e);
            }
        }
        return new DnFilter(trimmed, List.copyOf(parts));
    }

    /** The filter that names every part of {@code dn}: it matches that DN (and DNs that only add parts to it). */
    public static DnFilter exactly(X500Principal dn) {
        List<Rdn> parts = mostSpecificFirst(dn);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("the distinguished name '" + dn + "' has no parts");
        }
        DnFilter filter = new DnFilter("", List.copyOf(parts));
        return new DnFilter(filter.racfForm(), filter.parts);
    }

    /** True if this filter matches {@code dn}. */
    public boolean matches(X500Principal dn) {
        List<Rdn> dnParts = mostSpecificFirst(dn);
        if (parts.size() > dnParts.size()) {
            return false;
        }
        int offset = dnParts.size() - parts.size();
        for (int i = 0; i < parts.size(); i++) {
            if (!same(parts.get(i), dnParts.get(offset + i))) {
                return false;
            }
        }
        return true;
    }

    /** How many DN parts the filter names: a longer filter is more specific and wins over a shorter one. */
    public int specificity() {
        return parts.size();
    }

    /** The filter as RACF shows it, parts separated by periods. */
    public String racfForm() {
        List<String> shown = new ArrayList<>();
        for (Rdn part : parts) {
            shown.add(part.getType().toUpperCase(Locale.ROOT) + "=" + part.getValue());
        }
        return String.join(".", shown);
    }

    private static List<Rdn> mostSpecificFirst(X500Principal dn) {
        try {
            List<Rdn> rdns = new ArrayList<>(new LdapName(dn.getName(X500Principal.RFC2253)).getRdns());
            java.util.Collections.reverse(rdns); // LdapName lists the least specific part first
            return rdns;
        } catch (InvalidNameException e) {
            return List.of();
        }
    }

    private static boolean same(Rdn filterPart, Rdn dnPart) {
        return filterPart.getType().equalsIgnoreCase(dnPart.getType())
                && String.valueOf(filterPart.getValue()).equals(String.valueOf(dnPart.getValue()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DnFilter && ((DnFilter) other).racfForm().equals(racfForm());
    }

    @Override
    public int hashCode() {
        return racfForm().hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}

package dev.zosmfsim.security;

import dev.zosmfsim.tso.TsoContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code RACDCERT MAP}, {@code LISTMAP} and {@code DELMAP}: certificate name filters. Each function is protected by
 * its own FACILITY resource, IRR.DIGTCERT.MAP (LISTMAP, DELMAP): READ lets a user act for their own userid, UPDATE
 * for another userid or MULTIID; SPECIAL needs neither.
 */
public final class RacdcertCommand extends RacfCommand {

    public RacdcertCommand(RacfDatabase racf) {
        super(racf);
    }

    @Override
    public Set<String> names() {
        return Set.of("RACDCERT");
    }

    @Override
    List<String> run(RacfOperands operands, TsoContext context) {
        if (operands.has("MAP")) {
            return map(operands, context.userid());
        }
        if (operands.has("LISTMAP")) {
            return listMap(operands, context.userid());
        }
        if (operands.has("DELMAP")) {
            return deleteMap(operands, context.userid());
        }
        return List.of("IRRD130I The function keyword must be specified: the simulator knows MAP, LISTMAP and DELMAP."
                + " The request is not processed.");
    }

    private List<String> map(RacfOperands operands, String issuer) {
        String target = target(operands, issuer);
        Optional<String> refusal = authorize("MAP", target, issuer);
        if (refusal.isPresent()) {
            return List.of(refusal.get());
        }
        if (target.equals("MULTIID")) {
            return List.of("IRRD136I MULTIID mappings are not simulated; map to one userid with ID(userid).");
        }
        if (racf.user(target).isEmpty()) {
            return List.of("IRRD102I The user ID " + target + " is not defined to RACF.");
        }
        Optional<String> subject = operands.value("SDNFILTER");
        if (subject.isEmpty()) {
            return List.of("IRRD130I The SDNFILTER keyword must be specified. The request is not processed.");
        }
        DnFilter subjectFilter;
        DnFilter issuerFilter;
        try {
            subjectFilter = DnFilter.parse(subject.get());
            issuerFilter = operands.value("IDNFILTER").map(DnFilter::parse).orElse(null);
        } catch (IllegalArgumentException e) {
            return List.of("IRRD140I The filter value does not begin with a valid prefix: " + e.getMessage());
        }
        boolean trusted = !operands.has("NOTRUST");
        String label = operands.value("WITHLABEL").orElse(null);
        try {
            racf.addCertificateMap(new CertificateMap(target, subjectFilter, issuerFilter, label, trusted));
        } catch (RacfDatabase.DuplicateMapException e) {
            return List.of("IRRD109I A mapping with these filters already exists (for user " + e.existing().userid()
                    + "). The request is not processed.");
        }
        return List.of();
    }

    private List<String> listMap(RacfOperands operands, String issuer) {
        String target = target(operands, issuer);
        Optional<String> refusal = authorize("LISTMAP", target, issuer);
        if (refusal.isPresent()) {
            return List.of(refusal.get());
        }
        String label = operands.value("LABEL").orElse(null);
        List<String> lines = new ArrayList<>();
        lines.add("Mapping information for user " + target + ":");
        boolean any = false;
        for (CertificateMap map : racf.certificateMaps()) {
            if (!map.userid().equals(target) || (label != null && !label.equals(map.label()))) {
                continue;
            }
            any = true;
            lines.add("");
            lines.add("  Label: " + (map.label() == null ? "" : map.label()));
            lines.add("  Status: " + (map.trusted() ? "TRUST" : "NOTRUST"));
            lines.add("  Issuer's Name Filter:");
            lines.add("       >" + map.issuer().map(DnFilter::racfForm).orElse("") + "<");
            lines.add("  Subject's Name Filter:");
            lines.add("       >" + map.subjectFilter().racfForm() + "<");
        }
        if (!any) {
            lines.add("");
            lines.add("  No mapping information was found.");
        }
        return lines;
    }

    private List<String> deleteMap(RacfOperands operands, String issuer) {
        String target = target(operands, issuer);
        Optional<String> refusal = authorize("DELMAP", target, issuer);
        if (refusal.isPresent()) {
            return List.of(refusal.get());
        }
        // DELMAP(LABEL('name')) as RACF writes it, or DELMAP LABEL('name')
        String label = operands.value("DELMAP").map(RacfOperands::parse).flatMap(inner -> inner.value("LABEL"))
                .or(() -> operands.value("LABEL")).orElse(null);
        int deleted = racf.deleteCertificateMaps(target, label);
        if (deleted == 0) {
            return List.of("IRRD107I No mapping " + (label == null ? "" : "with label " + label + " ")
                    + "was found for user " + target + ".");
        }
        return List.of();
    }

    /** ID(userid) or MULTIID; the issuer's own userid when neither is given. */
    private static String target(RacfOperands operands, String issuer) {
        if (operands.has("MULTIID")) {
            return "MULTIID";
        }
        return operands.value("ID").map(id -> id.toUpperCase(Locale.ROOT)).orElse(issuer);
    }

    /** RACF's rule for the function; a refusal message when the issuer lacks the authority. */
    private Optional<String> authorize(String function, String target, String issuer) {
        if (special(issuer)) {
            return Optional.empty();
        }
        AccessLevel needed = target.equals(issuer) ? AccessLevel.READ : AccessLevel.UPDATE;
        AccessLevel has = racf.facilityAccess(issuer, "IRR.DIGTCERT." + function);
        if (has.allows(needed)) {
            return Optional.empty();
        }
        return Optional.of("IRRD103I You are not authorized to issue the RACDCERT command: " + function + " for "
                + (target.equals(issuer) ? "your own user ID" : target) + " needs " + needed
                + " access to IRR.DIGTCERT." + function + " in class FACILITY.");
    }
}

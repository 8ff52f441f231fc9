package dev.zosmfsim.cli;

import dev.zosmfsim.scenario.Scenario;
import dev.zosmfsim.security.UserProfile;
import java.util.Locale;
import picocli.CommandLine;

/**
 * One {@code --user USERID:PASSWORD[:special][:cert]} option: a user added to the scenario at start. With
 * {@code cert} the CA issues the user a client certificate ({@code CN=<USERID>,OU=USERS,O=ZOSMF-SIM}) and a
 * RACDCERT MAP (SDNFILTER) maps it to the user, so the user can log on with it.
 */
record UserOption(String userid, String password, boolean special, boolean certificate) {

    /** Parses the option's value; the message of the exception says what is wrong. */
    static UserOption parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length < 2 || parts.length > 4) {
            throw new IllegalArgumentException("expected USERID:PASSWORD[:special][:cert], got '" + text + "'");
        }
        String userid = UserProfile.normalizeUserid(parts[0]);
        String password = parts[1];
        if (!dev.zosmfsim.security.Password.valid(password)) {
            throw new IllegalArgumentException("the password of " + userid + " must be 1-8 characters, got "
                    + password.length());
        }
        boolean special = false;
        boolean certificate = false;
        for (int i = 2; i < parts.length; i++) {
            String flag = parts[i].toLowerCase(Locale.ROOT);
            if (flag.equals("special") && !special) {
                special = true;
            } else if (flag.equals("cert") && !certificate) {
                certificate = true;
            } else {
                throw new IllegalArgumentException("expected 'special' or 'cert' (each at most once) after the"
                        + " password of " + userid + ", got '" + parts[i] + "'");
            }
        }
        return new UserOption(userid, password, special, certificate);
    }

    /** {@code scenario} with this user defined, replacing a user of the same id. */
    Scenario addTo(Scenario scenario) {
        String subject = "CN=" + userid + ",OU=USERS,O=ZOSMF-SIM";
        Scenario.CertificateSpec spec = certificate ? new Scenario.CertificateSpec(subject, null, null, null) : null;
        Scenario.CertificateMapSpec map = certificate ? new Scenario.CertificateMapSpec(userid,
                "CN=" + userid + ".OU=USERS.O=ZOSMF-SIM", null, userid + "-CERT", true) : null;
        return scenario.withUser(userid, new Scenario.UserSpec(password, false, false, special, null,
                special ? new Scenario.OperParmSpec(java.util.List.of("MASTER")) : null, spec), map);
    }

    /** Lets picocli report a bad value as a usage error (exit code 2). */
    static final class Converter implements CommandLine.ITypeConverter<UserOption> {
        @Override
        public UserOption convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}

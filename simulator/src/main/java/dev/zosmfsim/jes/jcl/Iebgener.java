package dev.zosmfsim.jes.jcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IEBGENER: copies SYSUT1 to SYSUT2 (a data set, a member, or SYSOUT), reports on SYSPRINT. SYSIN is DUMMY for a
 * plain copy; {@code GENERATE MAXNAME=n} with {@code MEMBER NAME=x} names the member a partitioned SYSUT2 gets
 * (other control statements are listed and not acted on). A SYSUT2 without DCB attributes of its own takes the
 * input's (IEB352I); a missing SYSUT1 or SYSUT2 DD ends the copy with RC 12.
 */
final class Iebgener implements BatchProgram {

    private static final Pattern MEMBER_NAME = Pattern.compile("MEMBER\\s+NAME=\\(?([A-Z@#$][A-Z0-9@#$]{0,7})");

    @Override
    public Outcome run(StepRun run) {
        StepAllocation files = run.files();
        List<String> print = new ArrayList<>();
        print.add(String.format("%-99s%s", "1DATA SET UTILITY - GENERATE", "PAGE 0001"));
        List<String> control = files.read("SYSIN").stream().filter(line -> !line.isBlank()).toList();
        control.forEach(line -> print.add(" " + line.stripTrailing()));
        for (String ddname : List.of("SYSUT1", "SYSUT2")) {
            if (!files.has(ddname)) {
                String missing = String.format("IEC130I %-8s DD STATEMENT MISSING", ddname);
                return new Outcome(12, null, 0, Map.of("SYSPRINT", print), List.of(), List.of(missing),
                        java.time.Duration.ZERO);
            }
        }
        String member = null;
        for (String line : control) {
            Matcher matcher = MEMBER_NAME.matcher(line.toUpperCase(Locale.ROOT));
            if (matcher.find()) {
                member = matcher.group(1);
            }
        }
        List<String> records = files.read("SYSUT1");
        files.write("SYSUT2", member, records);
        print.add(files.takesDcbFromInput("SYSUT2")
                ? "-IEB352I WARNING: ONE OR MORE OF THE OUTPUT DCB PARMS COPIED FROM INPUT" : "-");
        print.add(" ");
        print.add(" PROCESSING ENDED AT EOD");
        return Outcome.completed(0, Map.of("SYSPRINT", print));
    }
}

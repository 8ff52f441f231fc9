package dev.zosmfsim.jes.jcl;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BPXBATCH with {@code PARM='SH sleep n'}: the step runs n seconds on the simulator clock (1 to 86,400) and ends
 * CC 0000, which makes a job that stays ACTIVE for a while. The simulated shell knows no other command: it writes
 * {@code FSUM7351 not found} to STDERR (when the step has that DD) and the step ends with the shell's 127 (chosen).
 */
final class BpxBatch implements BatchProgram {

    private static final Pattern SLEEP = Pattern.compile("\\s*SH\\s+sleep\\s+(\\d{1,5})\\s*",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Outcome run(StepRun run) {
        String parm = run.step().parm() == null ? "" : run.step().parm();
        Matcher matcher = SLEEP.matcher(parm);
        if (matcher.matches() && Integer.parseInt(matcher.group(1)) >= 1
                && Integer.parseInt(matcher.group(1)) <= 86_400) {
            return new Outcome(0, null, 0, Map.of(), List.of(), List.of(),
                    Duration.ofSeconds(Integer.parseInt(matcher.group(1))));
        }
        String command = parm.replaceFirst("(?i)^\\s*SH\\s+", "").split("\\s+")[0];
        Map<String, List<String>> output = run.step().dd("STDERR") == null ? Map.of()
                : Map.of("STDERR", List.of("sh: " + command.toLowerCase(Locale.ROOT) + ": FSUM7351 not found"));
        return Outcome.completed(127, output);
    }
}

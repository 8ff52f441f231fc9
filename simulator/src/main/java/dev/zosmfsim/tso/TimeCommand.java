package dev.zosmfsim.tso;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code TIME}: IKJ56650I with the time of day, CPU and service used, session length and the date. */
public final class TimeCommand implements TsoCommand {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("hh:mm:ss a", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d,yyyy", Locale.ENGLISH);

    @Override
    public Set<String> names() {
        return Set.of("TIME");
    }

    @Override
    public List<String> run(TsoCommandLine command, TsoContext context) {
        LocalDateTime now = LocalDateTime.ofInstant(context.now(), context.localOffset());
        Duration session = Duration.between(context.sessionStart(), context.now());
        // CPU and service units are made up but grow with the session, as real ones do
        long service = 400 + session.toSeconds() / 10;
        return List.of(String.format("IKJ56650I TIME-%s. CPU-00:00:00 SERVICE-%d SESSION-%02d:%02d:%02d %s",
                TIME_OF_DAY.format(now).toUpperCase(Locale.ROOT), service, session.toHours(), session.toMinutesPart(),
                session.toSecondsPart(), DATE.format(now).toUpperCase(Locale.ROOT)));
    }
}

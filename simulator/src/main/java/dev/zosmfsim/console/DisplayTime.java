package dev.zosmfsim.console;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** {@code D T} / {@code DISPLAY TIME}: IEE136I with the local and UTC time and date (Julian, yyyy.ddd). */
public final class DisplayTime implements CommandProcessor {

    @Override
    public Set<String> verbs() {
        return Set.of("D");
    }

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm.ss");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy.DDD");

    /** The last line made: the message only changes once a second, and D T is the most frequent command. */
    private final AtomicReference<Line> last = new AtomicReference<>(new Line(Long.MIN_VALUE, null, ""));

    private record Line(long epochSecond, ZoneOffset offset, String text) {
    }

    @Override
    public Optional<Reply> respond(OperatorCommand command, CommandContext context) {
        if (!command.verb().equals("D") || !(command.operands().equals("T") || command.operands().equals("TIME"))) {
            return Optional.empty();
        }
        long second = context.now().getEpochSecond();
        ZoneOffset offset = context.system().localOffset();
        Line line = last.get();
        if (line.epochSecond() != second || !offset.equals(line.offset())) {
            line = new Line(second, offset, text(Instant.ofEpochSecond(second), offset));
            last.set(line);
        }
        return Optional.of(Reply.now(line.text()));
    }

    private static String text(Instant now, ZoneOffset offset) {
        LocalDateTime local = LocalDateTime.ofInstant(now, offset);
        LocalDateTime utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        return " IEE136I LOCAL: TIME=" + TIME.format(local) + " DATE=" + DATE.format(local)
                + "  UTC: TIME=" + TIME.format(utc) + " DATE=" + DATE.format(utc);
    }
}

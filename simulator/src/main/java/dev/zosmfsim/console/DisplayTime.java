package dev.zosmfsim.console;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** {@code D T} / {@code DISPLAY TIME}: IEE136I with the local and UTC time and date (Julian, yyyy.ddd). */
public final class DisplayTime implements CommandProcessor {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm.ss");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy.DDD");

    @Override
    public Optional<Reply> respond(OperatorCommand command, CommandContext context) {
        if (!command.verb().equals("D") || !(command.operands().equals("T") || command.operands().equals("TIME"))) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.ofInstant(context.now(), context.system().localOffset());
        LocalDateTime utc = LocalDateTime.ofInstant(context.now(), ZoneOffset.UTC);
        return Optional.of(Reply.now(" IEE136I LOCAL: TIME=" + TIME.format(local) + " DATE=" + DATE.format(local)
                + "  UTC: TIME=" + TIME.format(utc) + " DATE=" + DATE.format(utc)));
    }
}

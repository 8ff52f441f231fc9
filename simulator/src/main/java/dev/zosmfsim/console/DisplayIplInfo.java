package dev.zosmfsim.console;

import dev.zosmfsim.zosmf.ZosLevel;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code D IPLINFO}: IEE254I, when and how the system was IPLed, laid out as Zowe's captured z/OSMF response shows
 * it (two blanks after the message id, the multi-line message id ending the title line).
 */
public final class DisplayIplInfo implements CommandProcessor {

    @Override
    public Set<String> verbs() {
        return Set.of("D");
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Override
    public Optional<Reply> respond(OperatorCommand command, CommandContext context) {
        if (!command.verb().equals("D") || !command.operands().equals("IPLINFO")) {
            return Optional.empty();
        }
        LocalDateTime now = context.localNow();
        LocalDateTime ipl = context.system().localTime(context.iplTime());
        ZosLevel level = context.system().level();
        List<String> lines = new ArrayList<>();
        lines.add(" IEE254I  " + DisplayTime.TIME.format(now) + " IPLINFO DISPLAY " + context.messages().nextMessageId());
        lines.add("  SYSTEM IPLED AT " + DisplayTime.TIME.format(ipl) + " ON " + DATE.format(ipl));
        lines.add("  RELEASE z/OS " + level.iplRelease() + "    LICENSE = z/OS");
        lines.add("  USED LOAD00 IN SYS1.IPLPARM ON 00A80");
        lines.add("  ARCHLVL = 2   MTLSHARE = N");
        if (level.showsValidatedBoot()) {
            lines.add("  VALIDATED BOOT: NO");
        }
        lines.add("  IEASYM LIST = XX");
        lines.add("  IEASYS LIST = (00) (OP)");
        lines.add("  IODF DEVICE: ORIGINAL(00A80) CURRENT(00A80)");
        lines.add("  IPL DEVICE: ORIGINAL(00A82) CURRENT(00A82) VOLUME(" + context.system().residenceVolume() + ")");
        return Optional.of(Reply.now(lines));
    }
}

package dev.zosmfsim.console;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/** {@code D IPLINFO}: IEE254I, when and how the system was IPLed. */
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
        return Optional.of(Reply.now(
                " IEE254I  " + DisplayTime.TIME.format(now) + " IPLINFO DISPLAY",
                "  SYSTEM IPLED AT " + DisplayTime.TIME.format(ipl) + " ON " + DATE.format(ipl),
                "  RELEASE z/OS " + release(context.system().zosmfVersion()) + "    LICENSE = z/OS",
                "  USED LOAD00 IN SYS1.IPLPARM ON 00A80",
                "  ARCHLVL = 2   MTLSHARE = N",
                "  IEASYM LIST = XX",
                "  IEASYS LIST = (00) (OP)",
                "  IODF DEVICE: ORIGINAL(00A80) CURRENT(00A80)",
                "  IPL DEVICE: ORIGINAL(00A82) CURRENT(00A82) VOLUME(" + context.system().sysname() + "RS1)"));
    }

    /** z/OSMF's version names the z/OS release: 27 is z/OS 2.4, 28 is 2.5, 29 is 3.1. */
    static String release(String zosmfVersion) {
        try {
            int version = Integer.parseInt(zosmfVersion);
            int major = version >= 29 ? 3 : 2;
            int minor = version >= 29 ? version - 28 : version - 23;
            return String.format("%02d.%02d.00", major, minor);
        } catch (NumberFormatException e) {
            return "02.04.00";
        }
    }
}

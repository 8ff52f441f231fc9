package dev.zosmfsim.console;

import dev.zosmfsim.zosmf.SystemIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The MVS displays of how the system was set up, answered from its identity and address spaces:
 * {@code D IPLINFO,SYSPARM} (IEE255I), {@code D PARMLIB} (IEE251I), {@code D SYMBOLS} (IEA007I) and {@code D OMVS}
 * (BPXO042I). The IPL used LOAD00, IEASYS00 and SYS1.PARMLIB on the system residence volume, as D IPLINFO says.
 */
public final class SystemDisplays implements CommandProcessor {

    @Override
    public Set<String> verbs() {
        return Set.of("D");
    }

    @Override
    public Optional<Reply> respond(OperatorCommand command, CommandContext context) {
        if (!command.verb().equals("D")) {
            return Optional.empty();
        }
        String operands = command.operands().replace(" ", "");
        SystemIdentity system = context.system();
        String id = operands.equals("PARMLIB") || operands.equals("SYMBOLS") || operands.equals("OMVS")
                ? context.messages().nextMessageId() : "";
        return switch (operands) {
            case "IPLINFO,SYSPARM" -> Optional.of(Reply.now(" IEE255I SYSTEM PARAMETER 'SYSPARM': (00,OP)"));
            case "PARMLIB" -> Optional.of(Reply.now(
                    " IEE251I " + DisplayTime.TIME.format(context.localNow()) + " PARMLIB DISPLAY " + id,
                    "  PARMLIB DATA SETS SPECIFIED",
                    "  AT " + DisplayTime.TIME.format(system.localTime(context.iplTime())),
                    "  ENTRY  FLAGS  VOLUME  DATA SET",
                    "    1      S    " + system.residenceVolume() + " SYS1.PARMLIB"));
            case "SYMBOLS" -> Optional.of(Reply.now(symbols(system, id)));
            case "OMVS" -> Optional.of(Reply.now(
                    " BPXO042I " + DisplayTime.TIME.format(context.localNow()) + " DISPLAY OMVS " + id,
                    String.format(" OMVS     %s ACTIVE             OMVS=(00)", omvsAsid(context))));
            default -> Optional.empty();
        };
    }

    private static List<String> symbols(SystemIdentity system, String id) {
        String name = system.sysname();
        List<String> lines = new ArrayList<>();
        lines.add(" IEA007I STATIC SYSTEM SYMBOL VALUES " + id);
        lines.add(symbol("SYSALVL", "2"));
        lines.add(symbol("SYSCLONE", name.length() <= 2 ? name : name.substring(name.length() - 2)));
        lines.add(symbol("SYSNAME", name));
        lines.add(symbol("SYSPLEX", system.sysplex()));
        lines.add(symbol("SYSR1", system.residenceVolume()));
        // &SYSOSLVL is Z1vvrrmm: Z1 is z/OS, then version, release and modification from the ECVT
        lines.add(symbol("SYSOSLVL", String.format("Z1%02d%02d00", system.level().version(),
                system.level().release())));
        return lines;
    }

    private static String symbol(String name, String value) {
        return String.format("  %-18s= \"%s\"", "&" + name + ".", value);
    }

    private static String omvsAsid(CommandContext context) {
        return ActiveSpaces.systemSpaces(context).stream().filter(space -> space.jobname().equals("OMVS"))
                .map(ActiveSpaces.Space::asidHex).findFirst().orElse("000B");
    }
}

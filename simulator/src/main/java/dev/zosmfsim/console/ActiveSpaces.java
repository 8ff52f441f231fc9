package dev.zosmfsim.console;

import dev.zosmfsim.cea.AddressSpace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The address spaces operator commands display, in one list: the system's own (system address spaces and started
 * tasks, whose ASIDs are fixed at IPL) and every live TSO and console address space of the CEA table. D A, D J,
 * D TS and JES2's $D A all read this one view.
 */
final class ActiveSpaces {

    /** Whether an address space is a system address space, a started task or a TSO user. */
    enum Type { SYSAS, STC, TSU }

    /** One address space as the displays show it. */
    record Space(String jobname, String stepname, String procstep, Type type, int asid, String userid,
            Instant started) {

        String asidHex() {
            return String.format("%04X", asid);
        }

        /** The JES2 job id: STCnnnnn for a started task, TSUnnnnn for a TSO user; system address spaces have none. */
        String jobId() {
            return switch (type) {
                case STC -> String.format("STC%05d", 100 + asid);
                case TSU -> String.format("TSU%05d", 100 + asid);
                case SYSAS -> "";
            };
        }
    }

    /** The system's own address spaces: jobname, stepname, procstep, type, in ASID order from 0001. */
    private static final String[][] SYSTEM = {
        {"*MASTER*", "", "", "SYSAS"}, {"PCAUTH", "", "", "SYSAS"}, {"RASP", "", "", "SYSAS"},
        {"TRACE", "", "", "SYSAS"}, {"DUMPSRV", "DUMPSRV", "DUMPSRV", "SYSAS"}, {"XCFAS", "IEFPROC", "IEFPROC", "SYSAS"},
        {"GRS", "", "", "SYSAS"}, {"SMSPDSE", "", "", "SYSAS"}, {"CONSOLE", "", "", "SYSAS"},
        {"WLM", "WLM", "IEFPROC", "SYSAS"}, {"OMVS", "", "", "SYSAS"}, {"IEFSCHAS", "", "", "SYSAS"},
        {"JESXCF", "JESXCF", "IEFPROC", "SYSAS"}, {"ALLOCAS", "", "", "SYSAS"}, {"IXGLOGR", "IXGLOGR", "IEFPROC", "SYSAS"},
        {"SMF", "SMF", "IEFPROC", "SYSAS"}, {"JES2", "JES2", "IEFPROC", "STC"}, {"LLA", "LLA", "LLA", "STC"},
        {"VLF", "VLF", "VLF", "STC"}, {"RACF", "RACF", "RACF", "STC"}, {"TCPIP", "TCPIP", "TCPIP", "STC"},
        {"CEA", "CEA", "CEA", "STC"}, {"IZUANG1", "IZUANG1", "IZUANG1", "STC"},
    };
    private static final String[] ZOSMF = {"IZUSVR1", "IZUSVR1", "IZUSVR1", "STC"};

    private ActiveSpaces() {
    }

    /** The system's own address spaces (z/OSMF's IZUSVR1 while it runs), then the live TSO address spaces. */
    static List<Space> of(CommandContext context) {
        List<Space> spaces = new ArrayList<>(systemSpaces(context));
        for (AddressSpace space : context.addressSpaces().live()) {
            spaces.add(new Space(space.userid(), space.parameters().logonProc(), "", Type.TSU, space.asid(),
                    space.userid(), space.started()));
        }
        return spaces;
    }

    static List<Space> systemSpaces(CommandContext context) {
        List<Space> spaces = new ArrayList<>();
        for (int i = 0; i < SYSTEM.length; i++) {
            spaces.add(system(SYSTEM[i], i + 1, context));
        }
        if (context.zosmf().running()) {
            spaces.add(system(ZOSMF, SYSTEM.length + 1, context));
        }
        return spaces;
    }

    private static Space system(String[] row, int asid, CommandContext context) {
        Type type = Type.valueOf(row[3]);
        // started tasks run under the userids their STARTED profiles give: z/OSMF's IZUSVR, the others START1
        String userid = type == Type.SYSAS ? "+MASTER+" : row[0].startsWith("IZU") ? "IZUSVR" : "START1";
        return new Space(row[0], row[1], row[2], type, asid, userid, context.iplTime());
    }
}

package dev.zosmfsim.jes;

import java.util.List;

/**
 * A started task of the system: its job name, step and procedure step, the ASID it got at IPL, and the userid its
 * STARTED profile gives it. JES2 knows them as STC jobs; the displays show them.
 */
public record StartedTask(String jobname, String stepname, String procstep, int asid, String userid) {

    /** The started tasks an ADCD-like system runs from IPL, with the ASIDs after the system address spaces. */
    static final List<StartedTask> AT_IPL = List.of(
            new StartedTask("JES2", "JES2", "IEFPROC", 0x11, "START1"),
            new StartedTask("LLA", "LLA", "LLA", 0x12, "START1"),
            new StartedTask("VLF", "VLF", "VLF", 0x13, "START1"),
            new StartedTask("RACF", "RACF", "RACF", 0x14, "START1"),
            new StartedTask("TCPIP", "TCPIP", "TCPIP", 0x15, "START1"),
            new StartedTask("CEA", "CEA", "CEA", 0x16, "START1"),
            new StartedTask("IZUANG1", "IZUANG1", "IZUANG1", 0x17, "IZUSVR"));

    /** z/OSMF's server, while it runs. */
    static final StartedTask ZOSMF = new StartedTask("IZUSVR1", "IZUSVR1", "IZUSVR1", 0x18, "IZUSVR");

    /** The job number JES2 gave a started task at IPL: 100 plus its ASID (chosen; stable across runs). */
    int iplNumber() {
        return 100 + asid;
    }
}

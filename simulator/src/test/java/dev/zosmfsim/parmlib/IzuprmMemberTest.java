package dev.zosmfsim.parmlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.Records;
import dev.zosmfsim.system.SimulatedSystem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SYS1.PARMLIB(IZUPRMCM) is where z/OSMF's settings live: read at S IZUSVR1, written by the admin API's setting. */
class IzuprmMemberTest {

    private static final DataSetName PARMLIB = new DataSetName("SYS1.PARMLIB");

    private static String member(SimulatedSystem system) {
        return Records.toText(system.datasets().read(PARMLIB, "IZUPRMCM"),
                system.datasets().get(PARMLIB).attributes(), Records.DEFAULT_EBCDIC);
    }

    @Test
    void anEditedHostnameTakesEffectAtTheNextStartOnly() {
        SimulatedSystem system = TestSystems.fromYaml("extends: hostname-missing\n");
        assertFalse(member(system).contains("HOSTNAME"), member(system));

        system.datasets().write(PARMLIB, "IZUPRMCM", Records.ofLines(member(system)
                + "/* the stack's own name */\nHOSTNAME('s0w1.zosmf-sim.test')", system.datasets().get(PARMLIB)
                .attributes()), "IBMUSER");
        assertNull(system.zosmfSettings().hostname(), "z/OSMF runs on with what it read at its start");
        assertEquals("s0w1.zosmf-sim.test", system.zosmf().configured().hostname());

        system.consoles().operatorCommand("P IZUSVR1");
        List<String> started = system.consoles().operatorCommand("S IZUSVR1");
        assertTrue(started.toString().contains("$HASP100 IZUSVR1"), started.toString());
        assertEquals("s0w1.zosmf-sim.test", system.zosmfHostname());
    }

    @Test
    void theSettingOfTheAdminApiIsAWriteOfTheMember() {
        SimulatedSystem system = TestSystems.defaultSystem();
        var current = system.zosmf().configured();
        system.zosmf().configure(new dev.zosmfsim.zosmf.ZosmfSettings("10.1.1.2", current.port(),
                current.safRealm(), current.sessionExpire()));
        String text = member(system);
        assertTrue(text.contains("HOSTNAME('10.1.1.2')"), text);
        assertEquals(1, text.split("HOSTNAME").length - 1, "one HOSTNAME statement: " + text);
        assertTrue(text.contains("SESSION_EXPIRE(495)"), text);
    }
}

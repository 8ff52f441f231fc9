package dev.zosmfsim.parmlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.Records;
import dev.zosmfsim.system.SimulatedSystem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** F CEA,CEA=(xx) reads CEAPRMxx from SYS1.PARMLIB as it is now; a member that does not parse changes nothing. */
class CeaprmFromParmlibTest {

    private static final DataSetName PARMLIB = new DataSetName("SYS1.PARMLIB");
    private final SimulatedSystem system = TestSystems.defaultSystem();

    private void write(String member, String text) {
        system.datasets().write(PARMLIB, member, Records.ofLines(text, system.datasets().get(PARMLIB).attributes()),
                "IBMUSER");
    }

    private List<String> command(String text) {
        return TestSystems.issue(system, "IBMUSER", "IBMUSER", text);
    }

    @Test
    void theScenariosMemberIsInParmlibAndANewMemberIsReadWhenSwitchedTo() {
        String cea00 = Records.toText(system.datasets().read(PARMLIB, "CEAPRM00"),
                system.datasets().get(PARMLIB).attributes(), Records.DEFAULT_EBCDIC);
        assertTrue(cea00.contains("MAXSESSIONS(50)"), cea00);

        write("CEAPRM01", "/* fewer sessions */\nTSOASMGR( MAXSESSIONS(5)\n  MAXSESSPERUSER(2) RECONTIME(00:05:00))");
        List<String> switched = command("F CEA,CEA=(01)");
        assertTrue(switched.toString().contains("CEA0001I CEA=(01) PROCESSED: MAXSESSIONS = 5"), switched.toString());
        assertEquals(5, system.addressSpaces().parameters().maxSessions());
        assertEquals(java.time.Duration.ofMinutes(5), system.addressSpaces().parameters().reconTime());
    }

    @Test
    void aSyntaxErrorGetsTheParmlibMessagesAndTheMemberInEffectStays() {
        write("CEAPRM02", "TSOASMGR(\n  MAXSESSONS(5)\n)");
        List<String> refused = command("F CEA,CEA=(02)");
        assertEquals(" CEA0503E SYNTAX ERROR IN PARMLIB MEMBER=CEAPRM02 ON LINE 2, POSITION 3: MAXSESSONS WAS SEEN,"
                + " WHERE ONE OF (MAXSESSIONS MAXSESSPERUSER RECONSESSIONS RECONTIME )) WOULD BE CORRECT."
                + " INPUT LINE:   MAXSESSONS(5)", refused.get(0));
        assertTrue(refused.get(1).contains("CEA=(00) REMAINS IN EFFECT"), refused.toString());
        assertEquals(50, system.addressSpaces().parameters().maxSessions());

        write("CEAPRM03", "TSOASMGR(MAXSESSIONS(many))");
        assertTrue(command("F CEA,CEA=(03)").get(0).contains("VALUE IS NOT VALID - MAXSESSIONS MUST BE A NUMBER"));
        write("CEAPRM04", "TSOASMGR(MAXSESSIONS(5)");
        assertTrue(command("F CEA,CEA=(04)").get(0).contains("ENDS BEFORE ITS STATEMENT IS COMPLETE"));
    }

    @Test
    void displayParmlibShowsTheLibraryTheCatalogHolds() {
        List<String> lines = command("D PARMLIB");
        assertTrue(lines.get(lines.size() - 1).endsWith(system.datasets().get(PARMLIB).volume() + " SYS1.PARMLIB"),
                lines.toString());
    }
}

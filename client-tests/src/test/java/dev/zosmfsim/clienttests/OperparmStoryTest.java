package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.LoggedOn;
import dev.zosmfsim.testing.Logon;
import dev.zosmfsim.testing.SimulatorLifecycle;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;

/**
 * Over the real port: IBMUSER gives COLIN a MASTER console with {@code ALTUSER ... OPERPARM} over TSO, COLIN's next
 * command at a console may cancel, and {@code NOOPERPARM} takes it away again, with no restart in between.
 */
@ZosmfSimulatorTest(clock = SimClock.Mode.MANUAL, lifecycle = SimulatorLifecycle.PER_METHOD)
class OperparmStoryTest {

    @Test
    void altuserOperparmChangesWhatColinMayDoAtAConsole(ZosmfSimulator simulator,
            @LoggedOn(user = "IBMUSER", by = Logon.PASSWORD) HttpClient ibmuser,
            @LoggedOn(user = "COLIN") HttpClient colin) throws Exception {
        Requests requests = new Requests(simulator);
        send(ibmuser, requests.displayTime("IBMUSECN")); // IBMUSER's console address space
        assertTrue(command(colin, requests, "C U=IBMUSER").contains("IEE345I C   AUTHORITY INVALID"));

        assertEquals("READY ", tso(ibmuser, requests, "ALTUSER COLIN OPERPARM(AUTH(MASTER))"));
        assertTrue(command(colin, requests, "C U=IBMUSER").contains("IEE301I IBMUSER     CANCEL COMMAND ACCEPTED"));

        send(ibmuser, requests.displayTime("IBMUSECN"));
        assertEquals("READY ", tso(ibmuser, requests, "ALTUSER COLIN NOOPERPARM"));
        assertTrue(command(colin, requests, "C U=IBMUSER").contains("IEE345I C   AUTHORITY INVALID"));
        assertTrue(simulator.admin().exportYaml().contains("IBMUSER"), "the export still lists the users");
    }

    private static String command(HttpClient client, Requests requests, String command) throws Exception {
        JsonNode answer = Json.parse(send(client, requests.put("/zosmf/restconsoles/consoles/defcn",
                Json.write(java.util.Map.of("cmd", command)))).body());
        return answer.path("cmd-response").asText();
    }

    /** The last line a one-shot TSO command wrote (READY when it worked and said nothing). */
    private static String tso(HttpClient client, Requests requests, String command) throws Exception {
        JsonNode answer = Json.parse(send(client, requests.tsoCommand(command)).body());
        JsonNode lines = answer.path("cmdResponse");
        return lines.get(lines.size() - 1).path("message").asText();
    }
}

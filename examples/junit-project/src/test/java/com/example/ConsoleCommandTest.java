package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.LoggedOn;
import dev.zosmfsim.testing.Logon;
import dev.zosmfsim.testing.PemFiles;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

// one simulator for the class, on a free port, with a clock that moves only when a test advances it
@ZosmfSimulatorTest(scenario = "default", clock = SimClock.Mode.MANUAL)
class ConsoleCommandTest {

    @Test
    void colinIssuesACommandWithHisCertificate(URI baseUri, @LoggedOn(user = "COLIN") HttpClient colin)
            throws Exception {
        HttpResponse<String> response = colin.send(displayTime(baseUri), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("IEE136I"), response.body());
    }

    @Test
    void ibmuserLogsOnWithHisPasswordUntilRevoked(ZosmfSimulator simulator, URI baseUri,
            @LoggedOn(user = "IBMUSER", by = Logon.PASSWORD) HttpClient ibmuser) throws Exception {
        assertEquals(200, ibmuser.send(displayTime(baseUri), HttpResponse.BodyHandlers.ofString()).statusCode());

        simulator.system().racf().setRevoked("IBMUSER", true); // the admin side: change the system under the client
        assertEquals(401, ibmuser.send(displayTime(baseUri), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void theClockMovesWhenTheTestSaysSo(SimClock clock) {
        var before = clock.now();
        clock.advance(Duration.ofHours(2));
        assertEquals(before.plus(Duration.ofHours(2)), clock.now());
    }

    @Test
    void clientsOutsideTheJvmGetPemFiles(@LoggedOn(user = "COLIN") PemFiles colin) throws Exception {
        // e.g. curl --cacert <ca> --cert <certificate> --key <privateKey> ...
        assertTrue(Files.readString(colin.ca()).startsWith("-----BEGIN CERTIFICATE-----"));
        assertTrue(Files.readString(colin.privateKey()).startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    private static HttpRequest displayTime(URI baseUri) {
        return HttpRequest.newBuilder(baseUri.resolve("/zosmf/restconsoles/consoles/defcn"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-ZOSMF-HEADER", "true")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"cmd\":\"D T\"}"))
                .build();
    }
}

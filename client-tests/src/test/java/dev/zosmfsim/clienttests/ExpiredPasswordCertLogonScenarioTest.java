package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.Requests.basic;
import static dev.zosmfsim.clienttests.Requests.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.testing.LoggedOn;
import dev.zosmfsim.testing.SimulatorLifecycle;
import dev.zosmfsim.testing.ZosmfSimulatorTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario {@code expired-password-cert-logon}: COLIN's password has expired. Password logons are refused as
 * expired; his mapped certificate still logs him on.
 */
@ZosmfSimulatorTest(scenario = "expired-password-cert-logon", clock = SimClock.Mode.MANUAL,
        lifecycle = SimulatorLifecycle.PER_METHOD)
class ExpiredPasswordCertLogonScenarioTest {

    private static final String EXPIRED = "{\"returnCode\":8,\"reasonCode\":12,\"message\":\"IZUG411E the password of"
            + " user COLIN has expired; change it with PUT /zosmf/services/authenticate\"}";

    @Test
    void thePasswordIsRefusedAsExpiredAndTheCertificateLogsOn(ZosmfSimulator simulator, HttpClient anonymous,
            @LoggedOn(user = "COLIN") HttpClient colinsCertificate) throws Exception {
        Requests requests = new Requests(simulator);
        HttpResponse<String> byPassword = send(anonymous, requests.displayTime("defcn")
                .header("Authorization", basic("COLIN", "PASSWORD")));
        assertEquals(401, byPassword.statusCode());
        assertEquals(Json.parse(EXPIRED), Json.parse(byPassword.body()));

        HttpResponse<String> byCertificate = send(colinsCertificate, requests.displayTime("defcn"));
        assertEquals(200, byCertificate.statusCode(), byCertificate.body());
        assertTrue(byCertificate.body().contains("IEE136I"), byCertificate.body());
    }

    @Test
    void aPasswordChangeEndsTheRefusal(ZosmfSimulator simulator, HttpClient anonymous) throws Exception {
        Requests requests = new Requests(simulator);
        HttpResponse<String> change = send(anonymous, requests.put("/zosmf/services/authenticate",
                "{\"userID\":\"COLIN\",\"oldPwd\":\"PASSWORD\",\"newPwd\":\"NEWPW1\"}"));
        assertEquals(200, change.statusCode(), change.body());
        assertEquals(200, send(anonymous, requests.displayTime("defcn").header("Authorization",
                basic("COLIN", "NEWPW1"))).statusCode());
    }

    @Test
    void theZoweCliSaysSoToo(ZosmfSimulator simulator, @TempDir Path folder) throws Exception {
        CredentialFolder files = new CredentialFolder(simulator, folder);
        Path[] colin = files.write("colin", simulator.userCertificate("COLIN").orElseThrow());
        ZoweCli zowe = new ZoweCli(simulator, files, Files.createDirectories(folder.resolve("zowe-home")));

        JsonNode byPassword = zowe.json(zowe.password("COLIN", "PASSWORD"), "zos-console", "issue", "command", "D T");
        assertFalse(byPassword.get("success").asBoolean(), byPassword.toString());
        assertEquals(401, byPassword.at("/error/httpStatus").asInt(), byPassword.toString());
        assertTrue(byPassword.get("stderr").asText().contains("IZUG411E the password of user COLIN has expired"),
                byPassword.toString());

        JsonNode byCertificate = zowe.json(zowe.certificate(colin), "zos-console", "issue", "command", "D T");
        assertTrue(byCertificate.get("success").asBoolean(), byCertificate.toString());
        assertTrue(byCertificate.at("/data/commandResponse").asText().contains("IEE136I"), byCertificate.toString());
    }
}

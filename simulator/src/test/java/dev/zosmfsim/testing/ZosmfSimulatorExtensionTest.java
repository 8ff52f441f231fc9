package dev.zosmfsim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.journal.RequestJournal;
import dev.zosmfsim.tls.Pem;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What {@link ZosmfSimulatorTest} injects, used the way a user's test would use it. */
@ZosmfSimulatorTest(clock = SimClock.Mode.MANUAL)
class ZosmfSimulatorExtensionTest {

    private final ZosmfSimulator simulator;

    ZosmfSimulatorExtensionTest(ZosmfSimulator simulator) {
        this.simulator = simulator;
    }

    @Test
    void injectsTheSimulatorItsClockAndItsAddress(ZosmfSimulator injected, SimClock clock, URI baseUri) {
        assertSame(simulator, injected, "one simulator per class");
        assertSame(simulator.clock(), clock);
        assertEquals(SimClock.Mode.MANUAL, clock.mode());
        assertEquals(simulator.baseUri(), baseUri);
        assertEquals("127.0.0.1", baseUri.getHost());
        assertTrue(baseUri.getPort() > 0, baseUri.toString());

        Instant before = clock.now();
        clock.advance(Duration.ofMinutes(5));
        assertEquals(before.plus(Duration.ofMinutes(5)), simulator.clock().now());
    }

    @Test
    void aCertificateClientLogsOnAsItsUser(@LoggedOn(user = "COLIN") HttpClient colin, URI baseUri) throws Exception {
        assertEquals(200, Requests.displayTime(colin, baseUri));
        assertEquals("COLIN", lastEntry().userid());
    }

    @Test
    void aPasswordClientSendsThePasswordWithEveryRequestThatHasNoLogonOfItsOwn(
            @LoggedOn(user = "IBMUSER", by = Logon.PASSWORD) HttpClient ibmuser, URI baseUri) throws Exception {
        assertEquals(200, Requests.displayTime(ibmuser, baseUri));
        assertEquals("IBMUSER", lastEntry().userid());

        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("IBMUSER:WRONG".getBytes());
        int status = ibmuser.send(Requests.displayTimeRequest(baseUri).header("Authorization", wrong).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(401, status, "a request's own Authorization header is kept");
    }

    @Test
    void unannotatedClientsTrustTheSimulatorAndLogOnAsNobody(HttpClient anonymous, SSLContext trustOnly, URI baseUri)
            throws Exception {
        assertEquals(200, Requests.info(anonymous, baseUri));
        assertEquals(401, Requests.displayTime(anonymous, baseUri));
        HttpClient fromContext = HttpClient.newBuilder().sslContext(trustOnly).build();
        assertEquals(200, Requests.info(fromContext, baseUri));
    }

    @Test
    void anSslContextPresentsTheUsersCertificate(@LoggedOn(user = "COLIN") SSLContext colin, URI baseUri)
            throws Exception {
        assertEquals(200, Requests.displayTime(HttpClient.newBuilder().sslContext(colin).build(), baseUri));
        assertEquals("COLIN", lastEntry().userid());
    }

    @Test
    void pemFilesHoldTheCaTheCertificateAndAnOwnerOnlyKey(@LoggedOn(user = "COLIN") PemFiles colin) throws Exception {
        assertEquals(simulator.caCertificatePem(), Files.readString(colin.ca()));
        assertEquals(simulator.userCertificate("COLIN").orElseThrow().certificatePem(),
                Files.readString(colin.certificate()));
        assertEquals(simulator.userCertificate("COLIN").orElseThrow().privateKey(),
                Pem.readPrivateKey(Files.readString(colin.privateKey())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(colin.privateKey())));
    }

    private RequestJournal.Entry lastEntry() {
        List<RequestJournal.Entry> entries = simulator.journal().entries();
        return entries.get(entries.size() - 1);
    }

    @Nested
    class NestedClasses {
        @Test
        void useTheSimulatorOfTheirEnclosingClass(ZosmfSimulator injected) {
            assertSame(simulator, injected);
        }
    }
}

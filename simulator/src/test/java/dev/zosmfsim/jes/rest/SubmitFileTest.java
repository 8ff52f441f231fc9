package dev.zosmfsim.jes.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zosmfsim.ZosmfRequests;
import dev.zosmfsim.ZosmfSimulator;
import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.console.SystemMessages;
import dev.zosmfsim.scenario.ScenarioLoader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Submitting the JCL of a data set, a member or a z/OS UNIX file ({@code {"file": ...}}): the job runs as a
 * body-submitted one; a file that is not there, or that RACF or the permission bits keep from the submitter, and a
 * body that names no file are refused in the jobs interface's error report.
 */
class SubmitFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOBS = "/zosmf/restjobs/jobs";
    private static final String SCENARIO = """
            users:
              IBMUSER: {password: SYS1, special: true}
              COLIN: {password: PASSWORD}
              JOE: {password: JOE}
            datasets:
              COLIN.JCL:
                dsorg: PO
                members:
                  IEFBR14: {text: "//COLINM   JOB (ACCT),'COLIN'\\n//STEP1    EXEC PGM=IEFBR14\\n"}
              COLIN.SEQ.JCL: {text: "//COLINS   JOB\\n//STEP1    EXEC PGM=&PGM\\n"}
              PAYROLL.JCL:
                members:
                  RUN: {text: "//PAYRUN   JOB\\n//STEP1    EXEC PGM=IEFBR14\\n"}
            unixFiles:
              /u/colin/job.jcl: {text: "//COLINU   JOB\\n//STEP1    EXEC PGM=IEFBR14\\n", owner: COLIN}
              /u/colin/private.jcl: {text: "//COLINP   JOB\\n//STEP1    EXEC PGM=IEFBR14\\n", owner: COLIN, mode: "600"}
            """;
    private static ZosmfSimulator simulator;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        simulator = ZosmfSimulator.builder().scenario(new ScenarioLoader().parse(SCENARIO, "submit-file.yaml"))
                .clock(SimClock.manual()).start();
        client = simulator.httpClient();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static HttpResponse<String> send(String user, String method, String target, String type, String body,
            Map<String, String> headers) throws Exception {
        String password = Map.of("IBMUSER", "SYS1", "COLIN", "PASSWORD", "JOE", "JOE").get(user);
        HttpRequest.Builder request = ZosmfRequests.as(user, password, method,
                URI.create("https://127.0.0.1:" + simulator.port() + target), type, body);
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> submitFile(String user, String body, Map<String, String> headers)
            throws Exception {
        return send(user, "PUT", JOBS, "application/json", body, headers);
    }

    /** The job's status document once it ran, after its submit answered 201 with it on the input queue. */
    private static JsonNode ran(HttpResponse<String> submitted, String user) throws Exception {
        assertEquals(201, submitted.statusCode(), submitted.body());
        JsonNode job = JSON.readTree(submitted.body());
        assertEquals("INPUT", job.get("status").asText(), submitted.body());
        HttpResponse<String> status = send(user, "GET", JOBS + "/" + job.get("jobname").asText() + "/"
                + job.get("jobid").asText(), null, null, Map.of());
        assertEquals(200, status.statusCode(), status.body());
        return JSON.readTree(status.body());
    }

    private static String jcl(JsonNode job, String user) throws Exception {
        return send(user, "GET", JOBS + "/" + job.get("jobname").asText() + "/" + job.get("jobid").asText()
                + "/files/JCL/records", null, null, Map.of()).body();
    }

    /** The error report of a refused submit, after checking its status, rc, reason and category. */
    private static String refused(HttpResponse<String> answer, int status, int rc, int reason) throws Exception {
        assertEquals(status, answer.statusCode(), answer.body());
        JsonNode error = JSON.readTree(answer.body());
        assertEquals(rc, error.get("rc").asInt(), answer.body());
        assertEquals(reason, error.get("reason").asInt(), answer.body());
        assertEquals(6, error.get("category").asInt(), answer.body());
        return error.get("message").asText();
    }

    @Test
    void aMemberRunsAsIfItsJclHadComeInTheBody() throws Exception {
        JsonNode job = ran(submitFile("COLIN", "{\"file\":\"//'COLIN.JCL(IEFBR14)'\"}", Map.of()), "COLIN");
        assertEquals("COLINM", job.get("jobname").asText());
        assertEquals("COLIN", job.get("owner").asText());
        assertEquals("CC 0000", job.get("retcode").asText(), job.toString());
        assertEquals("//COLINM   JOB (ACCT),'COLIN'\n//STEP1    EXEC PGM=IEFBR14\n", jcl(job, "COLIN"),
                "the FB 80 records without their trailing blanks");

        JsonNode unquoted = ran(submitFile("COLIN", "{\"file\":\"//jcl(iefbr14)\"}", Map.of()), "COLIN");
        assertEquals("COLINM", unquoted.get("jobname").asText(), "an unquoted name gets the user's prefix");
    }

    @Test
    void aSequentialDataSetTakesTheInternalReaderHeadersAndSymbols() throws Exception {
        JsonNode job = ran(submitFile("COLIN", "{\"file\":\"//'colin.seq.jcl'\"}", Map.of("X-IBM-JCL-Symbol-PGM",
                "IEFBR14", "X-IBM-Intrdr-Class", "B", "X-IBM-Intrdr-Recfm", "F", "X-IBM-Intrdr-Lrecl", "80")),
                "COLIN");
        assertEquals("COLINS", job.get("jobname").asText());
        assertEquals("CC 0000", job.get("retcode").asText(), job.toString());
        assertEquals("B", job.get("class").asText());

        String message = refused(submitFile("COLIN", "{\"file\":\"//'COLIN.SEQ.JCL'\"}",
                Map.of("X-IBM-Intrdr-Lrecl", "133")), 400, 4, 4);
        assertTrue(message.contains("must match the data set's record format and length (F, 80)"), message);
    }

    @Test
    void aUnixFileRuns() throws Exception {
        JsonNode job = ran(submitFile("COLIN", "{\"file\":\"/u/colin/job.jcl\"}", Map.of()), "COLIN");
        assertEquals("COLINU", job.get("jobname").asText());
        assertEquals("CC 0000", job.get("retcode").asText(), job.toString());
        assertEquals("//COLINU   JOB\n//STEP1    EXEC PGM=IEFBR14\n", jcl(job, "COLIN"));
    }

    @Test
    void whatIsNotThereIsRefusedByName() throws Exception {
        assertEquals("Data set not found: COLIN.NOSUCH.JCL", refused(submitFile("COLIN",
                "{\"file\":\"//'COLIN.NOSUCH.JCL(IEFBR14)'\"}", Map.of()), 400, 4, 4));
        assertEquals("Member not found: COLIN.JCL(NOSUCH)", refused(submitFile("COLIN",
                "{\"file\":\"//'COLIN.JCL(NOSUCH)'\"}", Map.of()), 400, 4, 4));
        assertEquals("Error opening input file /u/colin/nosuch.jcl: EDC5129I No such file or directory.",
                refused(submitFile("COLIN", "{\"file\":\"/u/colin/nosuch.jcl\"}", Map.of()), 400, 4, 4));
        String partitioned = refused(submitFile("COLIN", "{\"file\":\"//'COLIN.JCL'\"}", Map.of()), 400, 4, 4);
        assertTrue(partitioned.startsWith("Data set COLIN.JCL cannot be submitted"), partitioned);
    }

    @Test
    void racfAndThePermissionBitsKeepTheFileFromOtherUsers() throws Exception {
        JsonNode racf = ran(send("IBMUSER", "PUT", JOBS, "text/plain", "//IBMUSERR JOB\n//TSO EXEC PGM=IKJEFT01\n"
                + "//SYSTSPRT DD SYSOUT=*\n//SYSTSIN DD *\nADDSD 'PAYROLL.**' UACC(NONE)\n/*\n", Map.of()), "IBMUSER");
        assertEquals("CC 0000", racf.get("retcode").asText(), racf.toString());
        int before = simulator.system().messages().between(Instant.MIN, Instant.MAX).size();

        String message = refused(submitFile("COLIN", "{\"file\":\"//'PAYROLL.JCL(RUN)'\"}", Map.of()), 403, 8, 11);
        assertTrue(message.startsWith("The user COLIN is not authorized to read PAYROLL.JCL: ICH408I USER(COLIN)"),
                message);
        List<String> log = simulator.system().messages().between(Instant.MIN, Instant.MAX).stream()
                .skip(before).map(SystemMessages.Message::text).toList();
        assertTrue(log.contains("  FROM PAYROLL.** (G)"), "RACF's ICH408I in the system log: " + log);

        assertEquals("Error opening input file /u/colin/private.jcl: EDC5111I Permission denied.",
                refused(submitFile("JOE", "{\"file\":\"/u/colin/private.jcl\"}", Map.of()), 403, 8, 11));
        assertEquals("CC 0000", ran(submitFile("COLIN", "{\"file\":\"/u/colin/private.jcl\"}", Map.of()), "COLIN")
                .get("retcode").asText(), "its owner may read it");
    }

    @Test
    void aBodyThatNamesNoFileIsABadRequest() throws Exception {
        for (String body : List.of("{\"file\":5}", "{}", "{\"file\":null}", "{\"file\":\"COLIN.JCL(IEFBR14)\"}",
                "{\"file\":\"//'COLIN..JCL'\"}", "{\"file\":\"//'COLIN.JCL(TOOLONGNAME)'\"}", "{\"file\":\"//'\"}",
                "{\"file\":\"//'COLIN.JCL(A)(B)'\"}", "{\"file\":\"\"}", "{\"file\":\"/u/colin/a\\u0000b\"}",
                "{\"file\":", "[\"//'COLIN.JCL'\"]", "{\"file\":\"/u/colin/job.jcl\",\"class\":\"A\"}")) {
            refused(submitFile("COLIN", body, Map.of()), 400, 4, 4);
        }
    }
}

package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.BadInput.core;
import static dev.zosmfsim.clienttests.BadInput.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The jobs interface's bad-input catalogue: every entry is refused with a 4xx and z/OSMF's error report
 * ({@code rc}, {@code reason}, {@code category}, {@code message}), with the reasons captured real responses show
 * (4 a bad query value, 7 a path no service matches, 10 no such job), or the web server's core body for what never
 * reaches the service; never a 500.
 */
class JobsBadInputTest extends BadInputCatalogue {

    private static final String JOBS = "/zosmf/restjobs/jobs";
    /** A job of COLIN's, and one of IBMUSER's that COLIN may not see. */
    private String colinJob;
    private String ibmuserJob;
    /** IBMUSER's job by its correlator's URL path (after /jobs). */
    private String ibmuserCorrelator;

    @Override
    void prepare(BadInputTarget target) throws Exception {
        colinJob = submitted(target.colin, target, "//COLINJ JOB\n//S1 EXEC PGM=IEFBR14\n", null).split(" ")[0];
        String ibmusers = submitted(target.anonymous, target, "//IBMUSERJ JOB\n//S1 EXEC PGM=IEFBR14\n",
                Requests.basic("IBMUSER", "SYS1"));
        ibmuserJob = ibmusers.substring(0, ibmusers.indexOf(' '));
        ibmuserCorrelator = ibmusers.substring(ibmusers.indexOf(' ') + 1);
    }

    private static String submitted(java.net.http.HttpClient client, BadInputTarget target, String jcl,
            String authorization) throws Exception {
        HttpRequest.Builder request = submit(target, "text/plain", jcl);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        JsonNode job = Json.parse(Requests.send(client, request).body());
        return job.get("jobname").asText() + "/" + job.get("jobid").asText() + " "
                + job.get("job-correlator").asText().replace(":", "%3A");
    }

    @Override
    List<BadInput> cases() {
        List<BadInput> cases = new ArrayList<>();
        // list: query values
        for (String query : List.of("owner=TOOLONGOWNER", "owner=", "owner=A%20B", "owner=%C3%A9", "prefix=(((((",
                "prefix=TOOLONGPREFIX", "jobid=JOB%2F1", "max-jobs=0", "max-jobs=1001", "max-jobs=ten",
                "max-jobs=-1", "status=RUNNING", "user-correlator=%20lead")) {
            cases.add(jobs("list with " + query, get(JOBS + "?" + query), 400, 4, 4));
        }
        // a job that is not there, or is another user's
        cases.add(jobs("status of a job that is not there", get(JOBS + "/NOSUCH/JOB99999"), 400, 4, 10));
        cases.add(jobs("files of a job that is not there", get(JOBS + "/NOSUCH/JOB99999/files"), 400, 4, 10));
        cases.add(jobs("status of another user's job", target -> target.send(target.requests.get(JOBS + "/"
                + ibmuserJob)), 400, 4, 10));
        cases.add(jobs("cancel of another user's job", target -> target.send(target.requests.put(JOBS + "/"
                + ibmuserJob, "{\"request\":\"cancel\",\"version\":\"2.0\"}")), 400, 4, 10));
        cases.add(jobs("purge of another user's job", target -> target.send(target.requests.delete(JOBS + "/"
                + ibmuserJob)), 400, 4, 10));
        // by correlator: one no job has, another user's, and what cannot be one
        String nobodys = "/J0099999S0W1....00000000.......%3A";
        cases.add(jobs("status by a correlator no job has", get(JOBS + nobodys), 400, 4, 10));
        cases.add(jobs("files by a correlator no job has", get(JOBS + nobodys + "/files"), 400, 4, 10));
        cases.add(jobs("records by a correlator no job has", get(JOBS + nobodys + "/files/2/records"), 400, 4, 10));
        cases.add(jobs("status of another user's job by correlator", target -> target.send(target.requests.get(JOBS
                + "/" + ibmuserCorrelator)), 400, 4, 10));
        cases.add(jobs("purge of another user's job by correlator", target -> target.send(target.requests.delete(JOBS
                + "/" + ibmuserCorrelator)), 400, 4, 10));
        cases.add(jobs("cancel by a correlator without its colon", target -> target.send(target.requests.put(JOBS
                + "/J0099999S0W1....00000000........", "{\"request\":\"cancel\"}")), 400, 4, 7));
        cases.add(jobs("records by a correlator with a file id of words", get(JOBS + nobodys + "/files/ABC/records"),
                400, 4, 10));
        // paths no service matches
        for (String path : List.of("/((((((((/JOB123", "/JOB1/((", "/owner=TCPIP*", "/A/B/C/D", "/COLINJ")) {
            cases.add(jobs("path " + path, get(JOBS + path.replace("(", "%28").replace("*", "%2A")), 400, 4, 7));
        }
        cases.add(jobs("a spool file id that is not a number", target -> target.send(target.requests.get(JOBS + "/"
                + colinJob + "/files/ABC/records")), 400, 4, 7));
        cases.add(jobs("a spool file that is not there", target -> target.send(target.requests.get(JOBS + "/"
                + colinJob + "/files/999/records")), 400, 4, 10));
        cases.add(jobs("a record range backwards", target -> target.send(target.requests.get(JOBS + "/" + colinJob
                + "/files/2/records").header("X-IBM-Record-Range", "9-2")), 400, 4, 4));
        cases.add(jobs("a record range of words", target -> target.send(target.requests.get(JOBS + "/" + colinJob
                + "/files/2/records").header("X-IBM-Record-Range", "first-last")), 400, 4, 4));
        cases.add(jobs("mode neither text, record nor binary", target -> target.send(target.requests.get(JOBS + "/"
                + colinJob + "/files/2/records?mode=html")), 400, 4, 4));
        // submit
        cases.add(jobs("an empty submit", target -> target.send(submit(target, "text/plain", "")), 400, 4, 8));
        cases.add(jobs("text that is not a job", target -> target.send(submit(target, "text/plain",
                "hello\nworld\n")), 400, 4, 8));
        cases.add(jobs("a record longer than the LRECL", target -> target.send(submit(target, "text/plain",
                "//COLINK JOB\n//S1 EXEC PGM=IEFBR14," + "X".repeat(80) + "\n")), 400, 4, 4));
        cases.add(jobs("X-IBM-Intrdr-Recfm U", target -> target.send(submit(target, "text/plain", "//C JOB\n")
                .header("X-IBM-Intrdr-Recfm", "U")), 400, 4, 4));
        cases.add(jobs("X-IBM-Intrdr-Lrecl not a number", target -> target.send(submit(target, "text/plain",
                "//C JOB\n").header("X-IBM-Intrdr-Lrecl", "eighty")), 400, 4, 4));
        cases.add(jobs("X-IBM-Intrdr-Mode EBCDIC", target -> target.send(submit(target, "text/plain", "//C JOB\n")
                .header("X-IBM-Intrdr-Mode", "EBCDIC")), 400, 4, 4));
        cases.add(jobs("a JCL symbol name too long", target -> target.send(submit(target, "text/plain", "//C JOB\n")
                .header("X-IBM-JCL-Symbol-TOOLONGNAME", "X")), 400, 4, 4));
        // submit a data set or a UNIX file: a body that names none, a name of neither form, a file not there
        String[] files = {"{\"file\":5}", "{}", "{\"file\":null}", "{\"file\":[\"//'COLIN.JCL'\"]}",
            "{\"file\":\"COLIN.JCL(IEFBR14)\"}", "{\"file\":\"\"}", "{\"file\":\"//'COLIN..JCL'\"}",
            "{\"file\":\"//'COLIN.JCL(TOOLONGNAME)'\"}", "{\"file\":\"//'COLIN.JCL(A)(B)'\"}",
            "{\"file\":\"//'\"}", "{\"file\":\"//'\u00e9.JCL'\"}", "{\"file\":\"/u/colin/a\\u0000b\"}",
            "{\"file\":", "{\"file\":\"/u/colin/x.jcl\",\"class\":\"A\"}",
            "{\"file\":\"//'NO.SUCH.JCL(IEFBR14)'\"}", "{\"file\":\"/u/colin/no/such.jcl\"}"};
        for (String body : files) {
            cases.add(jobs("submit " + body, target -> target.send(submit(target, "application/json", body)), 400, 4,
                    4));
        }
        cases.add(jobs("submit a file with an LRECL that is not the data set's", target -> target.send(submit(target,
                "application/json", "{\"file\":\"//'SYS1.PARMLIB(IZUPRMCM)'\"}").header("X-IBM-Intrdr-Lrecl",
                "133")), 400, 4, 4));
        // modify
        String[] bodies = {"{\"request\":\"explode\"}", "{\"request\":\"cancel\",\"version\":\"3.0\"}", "{}",
            "{\"request\":\"hold\",\"class\":\"B\"}", "{\"class\":\"?\"}", "{\"request\":42}", "[\"cancel\"]",
            "{\"request\":\"cancel\"", "{\"request\":\"cancel\",\"priority\":1}"};
        for (String body : bodies) {
            cases.add(jobs("modify with " + body, target -> target.send(target.requests.put(JOBS + "/" + colinJob,
                    body)), 400, 4, 4));
        }
        cases.add(jobs("modify as text/plain", target -> target.send(ConsoleBadInputTest.put(target, JOBS + "/"
                + colinJob, "text/plain", "{\"request\":\"hold\"}")), 400, 4, 4));
        cases.add(jobs("purge with version 9", target -> target.send(target.requests.delete(JOBS + "/" + colinJob)
                .header("X-IBM-Job-Modify-Version", "9")), 400, 4, 4));
        // the web server's own refusals
        cases.add(core("a NUL in the job name", target -> target.raw(RawHttp.request("GET", JOBS + "/COL%00/JOB1",
                null)), 400, "IZUG800E"));
        cases.add(BadInput.of("no X-CSRF-ZOSMF-HEADER", target -> target.send(target.requests.to(JOBS)
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("//C JOB\n"))),
                403, ErrorShape.FILTER));
        return cases;
    }

    private static BadInput.Sender get(String path) {
        return target -> target.send(target.requests.get(path));
    }

    private static HttpRequest.Builder submit(BadInputTarget target, String contentType, String body) {
        return ConsoleBadInputTest.put(target, JOBS, contentType, body);
    }
}

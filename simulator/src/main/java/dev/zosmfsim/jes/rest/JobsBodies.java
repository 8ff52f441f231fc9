package dev.zosmfsim.jes.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.zosmfsim.jes.Job;
import dev.zosmfsim.jes.JobStatus;
import dev.zosmfsim.jes.JobStep;
import dev.zosmfsim.jes.SpoolFile;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The JSON documents of the z/OS jobs REST interface: the job document (fields in the order captured responses show
 * them), the job file document, the job feedback document of the modify services, and the error report.
 */
final class JobsBodies {

    private JobsBodies() {
    }

    /** The error report: rc, reason, category, message (z/OSMF adds its Java stack; the simulator never sends one). */
    @JsonPropertyOrder({"rc", "reason", "category", "message"})
    record ErrorReport(int rc, int reason, int category, String message) {
    }

    @JsonPropertyOrder({"owner", "phase", "subsystem", "phase-name", "job-correlator", "type", "url", "jobid",
        "class", "files-url", "jobname", "status", "retcode", "exec-system", "exec-member", "exec-submitted",
        "exec-started", "exec-ended", "reason-not-running", "step-data"})
    record JobDocument(String owner, int phase, String subsystem, @JsonProperty("phase-name") String phaseName,
            @JsonProperty("job-correlator") String correlator, String type, String url, String jobid,
            @JsonProperty("class") String jobClass, @JsonProperty("files-url") String filesUrl, String jobname,
            String status, String retcode,
            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("exec-system") String execSystem,
            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("exec-member") String execMember,
            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("exec-submitted") String execSubmitted,
            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("exec-started") String execStarted,
            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("exec-ended") String execEnded,
            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("reason-not-running") String reasonNotRunning,
            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("step-data") List<StepData> stepData) {

        /**
         * A job as z/OSMF describes it. {@code status} is given apart: a submit answers the job as it stood on the
         * input queue. Phases: 10 queued (chosen number), 14 executing, 20 on the hard copy queue (captured).
         */
        static JobDocument of(Job job, JobStatus status, String baseUrl, String sysname, boolean execData,
                boolean stepData) {
            String url = JobReference.url(baseUrl, job);
            int phase = switch (status) {
                case INPUT -> 10;
                case ACTIVE -> 14;
                case OUTPUT -> 20;
            };
            String phaseName = switch (status) {
                case INPUT -> "Job is queued for execution";
                case ACTIVE -> "Job is actively executing";
                case OUTPUT -> "Job is on the hard copy queue";
            };
            boolean ran = status != JobStatus.INPUT;
            return new JobDocument(job.owner(), phase, "JES2", phaseName, job.correlator(), job.type().name(), url,
                    job.jobId(), job.jobClass(), url + "/files", job.jobname(), status.name(),
                    status == JobStatus.OUTPUT ? job.retcode() : null,
                    execData && ran ? sysname : null, execData && ran ? sysname : null,
                    execData ? time(job.submitted()) : null, execData && ran ? time(job.started()) : null,
                    execData && status == JobStatus.OUTPUT ? time(job.ended()) : null,
                    execData && status == JobStatus.INPUT ? (job.held() ? "Job is held" : "Job is queued") : null,
                    stepData ? job.steps().stream().map(step -> StepData.of(step, sysname, status)).toList() : null);
        }

        private static String time(Instant instant) {
            return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(
                    instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        }
    }

    /** One step of a job, as step-data=Y adds them. */
    @JsonPropertyOrder({"smfid", "active", "step-number", "proc-step-name", "step-name", "program-name",
        "completion"})
    record StepData(String smfid, boolean active, @JsonProperty("step-number") int stepNumber,
            @JsonProperty("proc-step-name") String procStepName, @JsonProperty("step-name") String stepName,
            @JsonProperty("program-name") String programName,
            @JsonInclude(JsonInclude.Include.NON_NULL) String completion) {

        static StepData of(JobStep step, String sysname, JobStatus status) {
            return new StepData(sysname, step.active() && status == JobStatus.ACTIVE, step.number(),
                    step.procstep() == null ? "" : step.procstep(), step.stepname(), step.program(),
                    step.completion());
        }
    }

    @JsonPropertyOrder({"recfm", "records-url", "stepname", "subsystem", "job-correlator", "byte-count", "lrecl",
        "jobid", "ddname", "id", "record-count", "class", "jobname", "procstep"})
    record FileDocument(String recfm, @JsonProperty("records-url") String recordsUrl, String stepname,
            String subsystem, @JsonProperty("job-correlator") String correlator,
            @JsonProperty("byte-count") long byteCount, int lrecl, String jobid, String ddname, int id,
            @JsonProperty("record-count") int recordCount, @JsonProperty("class") String outputClass,
            String jobname, String procstep) {

        static FileDocument of(Job job, SpoolFile file, String baseUrl) {
            String url = JobReference.url(baseUrl, job) + "/files/" + file.id() + "/records";
            return new FileDocument(file.recfm(), url, file.stepname(), "JES2", job.correlator(), file.byteCount(),
                    file.lrecl(), job.jobId(), file.ddname(), file.id(), file.recordCount(), file.outputClass(),
                    job.jobname(), file.procstep());
        }
    }

    /** The job feedback document: {@code status} 0 when the request was done. */
    @JsonPropertyOrder({"jobid", "jobname", "original-jobid", "owner", "member", "sysname", "job-correlator",
        "status", "internal-code", "message"})
    record Feedback(String jobid, String jobname, @JsonProperty("original-jobid") String originalJobid, String owner,
            String member, String sysname, @JsonProperty("job-correlator") String correlator, int status,
            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("internal-code") String internalCode,
            @JsonInclude(JsonInclude.Include.NON_NULL) String message) {

        static Feedback of(dev.zosmfsim.jes.Jes2.Feedback feedback, String sysname) {
            Job job = feedback.job();
            return new Feedback(job.jobId(), job.jobname(), job.jobId(), job.owner(), sysname, sysname,
                    job.correlator(), feedback.status(), null, feedback.message());
        }
    }

    /** A modify request's body: a request (cancel, hold, release) or a class, and the version. */
    record ModifyBody(String request, @JsonProperty("class") String jobClass, String version) {
    }

    /** A submit's application/json body: the data set ({@code //'DSNAME(MEMBER)'}) or UNIX file to submit. */
    record SubmitFile(String file) {
    }
}

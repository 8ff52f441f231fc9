package dev.zosmfsim.files.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.zosmfsim.datasets.DataSetException;
import dev.zosmfsim.http.ZosmfError;
import java.util.List;

/**
 * The error shape of z/OSMF's data set and file services: a category, a return code, a reason, a message and the
 * system messages behind it in {@code details}. z/OSMF adds a Java {@code stack}; the simulator never sends one.
 */
final class FilesError {

    private FilesError() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"category", "rc", "reason", "message", "details"})
    record Body(int category, int rc, int reason, String message, List<String> details) {
    }

    static ZosmfError of(int status, int category, int rc, int reason, String message, String... details) {
        return new ZosmfError(status, new Body(category, rc, reason, ZosmfError.printable(message),
                List.of(details).stream().map(ZosmfError::printable).toList()));
    }

    /** A request z/OSMF cannot take as it is: category 1 (the request's own fault). */
    static ZosmfError badRequest(String text) {
        return of(400, 1, 4, 7, text);
    }

    /** A path the service does not know. */
    static ZosmfError noSuchResource(String text) {
        return of(404, 1, 4, 8, text);
    }

    /** What a z/OS UNIX refusal answers: 404 for a path that is not there, 500 when permission is refused. */
    static ZosmfError of(dev.zosmfsim.uss.UnixException error) {
        return switch (error.errno()) {
            case ENOENT -> of(404, 1, 4, 8, error.getMessage());
            case EACCES, EPERM -> of(500, 6, 8, error.errno().number(), error.getMessage());
            default -> of(400, 1, 4, error.errno().number(), error.getMessage());
        };
    }

    /** What a data set refusal answers, by its kind. */
    static ZosmfError of(DataSetException error) {
        String[] details = error.detail() == null ? new String[0] : new String[] {error.detail()};
        return switch (error.kind()) {
            case NOT_FOUND, MEMBER_NOT_FOUND -> of(404, 4, 8, 0, error.getMessage(), details);
            case EXISTS -> of(500, 8, 900, 7, error.getMessage(), details);
            case BAD_ATTRIBUTES -> of(400, 1, 4, 7, error.getMessage(), details);
            case IN_USE, NOT_AUTHORIZED -> of(500, 4, 8, 0, error.getMessage(), details);
            case MIGRATED -> of(500, 6, 4, 2, error.getMessage(), details);
            case WRONG_ORGANIZATION -> of(400, 1, 4, 13, error.getMessage(), details);
            case NO_SPACE, TRUNCATED -> of(500, 6, 4, 0, error.getMessage(), details);
            case STALE -> of(412, 6, 4, 10, error.getMessage(), details);
        };
    }
}

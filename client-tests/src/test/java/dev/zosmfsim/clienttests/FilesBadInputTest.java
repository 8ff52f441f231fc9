package dev.zosmfsim.clienttests;

import static dev.zosmfsim.clienttests.BadInput.files;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The data set and file services' bad-input catalogue: every entry is refused with a 4xx and the files services'
 * body ({@code category}, {@code rc}, {@code reason}, {@code message}, {@code details}); never a 500, a stack trace
 * or a hang, and the server keeps serving.
 */
class FilesBadInputTest extends BadInputCatalogue {

    private static final String DS = "/zosmf/restfiles/ds";
    private static final String FS = "/zosmf/restfiles/fs";

    @Override
    void prepare(BadInputTarget target) throws Exception {
        Requests.send(target.colin, target.requests.post(DS + "/COLIN.BAD.PDS", "{\"dsorg\":\"PO\",\"dirblk\":5,"
                + "\"recfm\":\"FB\",\"lrecl\":80}"));
        Requests.send(target.colin, text(target, DS + "/COLIN.BAD.PDS(MEMBER)", "HELLO\n"));
    }

    @Override
    List<BadInput> cases() {
        List<BadInput> cases = new ArrayList<>();
        // listing data sets
        cases.add(files("no dslevel", get(DS), 400, 1));
        cases.add(files("dslevel empty", get(DS + "?dslevel="), 400, 1));
        cases.add(files("dslevel with two periods in a row", get(DS + "?dslevel=COLIN..X"), 400, 1));
        cases.add(files("dslevel of 45 characters", get(DS + "?dslevel=AAAAAAAA.BBBBBBBB.CCCCCCCC"
                + ".DDDDDDDD.EEEEEEE.F"), 400, 1));
        cases.add(files("dslevel with a qualifier of nine characters", get(DS + "?dslevel=COLIN.NINECHARS"), 400, 1));
        cases.add(files("dslevel with a blank", get(DS + "?dslevel=COLIN%20X"), 400, 1));
        cases.add(files("X-IBM-Max-Items not a number", target -> target.send(target.requests.get(DS + "?dslevel=COLIN")
                .header("X-IBM-Max-Items", "lots")), 400, 1));
        cases.add(files("X-IBM-Max-Items negative", target -> target.send(target.requests.get(DS + "?dslevel=COLIN")
                .header("X-IBM-Max-Items", "-1")), 400, 1));
        cases.add(files("X-IBM-Attributes unknown", target -> target.send(target.requests.get(DS + "?dslevel=COLIN")
                .header("X-IBM-Attributes", "everything")), 400, 1));
        // naming data sets and members
        cases.add(files("a qualifier starting with a digit", get(DS + "/COLIN.1BAD"), 400, 1));
        cases.add(files("a qualifier of nine characters", get(DS + "/COLIN.NINECHARS"), 400, 1));
        cases.add(files("a member of nine characters", get(DS + "/COLIN.BAD.PDS(NINECHARS)"), 400, 1));
        cases.add(files("a member with a period", get(DS + "/COLIN.BAD.PDS(A.B)"), 400, 1));
        cases.add(files("an unclosed member", get(DS + "/COLIN.BAD.PDS(MEMBER"), 400, 1));
        cases.add(files("a member list of a member", get(DS + "/COLIN.BAD.PDS(MEMBER)/member"), 400, 1));
        cases.add(files("a volume of seven characters", get(DS + "/-(VOLUME1)/COLIN.BAD.PDS"), 400, 1));
        cases.add(files("a data set that is not cataloged", get(DS + "/COLIN.NO.SUCH"), 404, 4));
        cases.add(files("a member that is not there", get(DS + "/COLIN.BAD.PDS(NOSUCH)"), 404, 4));
        cases.add(files("a partitioned data set read without a member", get(DS + "/COLIN.BAD.PDS"), 400, 1));
        cases.add(files("the members of a data set that is not cataloged", get(DS + "/COLIN.NO.SUCH/member"),
                404, 4));
        // transfer modes
        cases.add(files("X-IBM-Data-Type unknown", target -> target.send(target.requests.get(DS
                + "/COLIN.BAD.PDS(MEMBER)").header("X-IBM-Data-Type", "pictures")), 400, 1));
        cases.add(files("a file encoding z/OS does not have", target -> target.send(target.requests.get(DS
                + "/COLIN.BAD.PDS(MEMBER)").header("X-IBM-Data-Type", "text;fileEncoding=IBM-99999")), 400, 1));
        cases.add(files("record data whose length goes past its end", target -> target.send(target.requests.to(DS
                + "/COLIN.BAD.PDS(REC)").header("X-CSRF-ZOSMF-HEADER", "true").header("X-IBM-Data-Type", "record")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0, 0, 0, 90, 1, 2}))), 400, 1));
        cases.add(files("a write with a stale If-Match", target -> target.send(text(target,
                DS + "/COLIN.BAD.PDS(MEMBER)", "CHANGED\n").header("If-Match", "0000000000000000")), 412, 6));
        cases.add(files("a write to a data set that is not cataloged", target -> target.send(text(target,
                DS + "/COLIN.NO.SUCH", "X\n")), 404, 4));
        // creating data sets
        cases.add(files("create with malformed JSON", post(DS + "/COLIN.NEW", "{\"dsorg\":"), 400, 1));
        cases.add(files("create with a JSON array", post(DS + "/COLIN.NEW", "[]"), 400, 1));
        cases.add(files("create with an empty body", post(DS + "/COLIN.NEW", ""), 400, 1));
        cases.add(files("create with a field z/OSMF does not know", post(DS + "/COLIN.NEW", "{\"colour\":\"red\"}"),
                400, 1));
        cases.add(files("create with lrecl a string of letters", post(DS + "/COLIN.NEW", "{\"lrecl\":\"eighty\"}"),
                400, 1));
        cases.add(files("create with recfm XY", post(DS + "/COLIN.NEW", "{\"recfm\":\"XY\"}"), 400, 1));
        cases.add(files("create with dsorg VS", post(DS + "/COLIN.NEW", "{\"dsorg\":\"VS\"}"), 400, 1));
        cases.add(files("create with alcunit BLK", post(DS + "/COLIN.NEW", "{\"alcunit\":\"BLK\"}"), 400, 1));
        cases.add(files("create with lrecl 40000", post(DS + "/COLIN.NEW", "{\"lrecl\":40000}"), 400, 1));
        cases.add(files("create with a blksize no multiple of lrecl", post(DS + "/COLIN.NEW",
                "{\"recfm\":\"FB\",\"lrecl\":80,\"blksize\":100}"), 400, 1));
        cases.add(files("create a PDS without directory blocks", post(DS + "/COLIN.NEW", "{\"dsorg\":\"PO\","
                + "\"dsntype\":\"PDS\",\"dirblk\":0}"), 400, 1));
        cases.add(files("create like a data set that is not cataloged", post(DS + "/COLIN.NEW",
                "{\"like\":\"COLIN.NO.SUCH\"}"), 404, 4));
        cases.add(files("create a member", post(DS + "/COLIN.BAD.PDS(NEW)", "{}"), 400, 1));
        // utility requests
        cases.add(files("a request z/OSMF does not know", put(DS + "/COLIN.BAD.PDS", "{\"request\":\"explode\"}"),
                400, 1));
        cases.add(files("no request", put(DS + "/COLIN.BAD.PDS", "{}"), 400, 1));
        cases.add(files("request a number", put(DS + "/COLIN.BAD.PDS", "{\"request\":7}"), 400, 1));
        cases.add(files("rename without from-dataset", put(DS + "/COLIN.NEW", "{\"request\":\"rename\"}"), 400, 1));
        cases.add(files("rename from a bad name", put(DS + "/COLIN.NEW", "{\"request\":\"rename\","
                + "\"from-dataset\":{\"dsn\":\"9.X\"}}"), 400, 1));
        cases.add(files("rename a member into another data set", put(DS + "/COLIN.OTHER(NEW)", "{\"request\":"
                + "\"rename\",\"from-dataset\":{\"dsn\":\"COLIN.BAD.PDS\",\"member\":\"MEMBER\"}}"), 400, 1));
        cases.add(files("copy from a data set that is not cataloged", put(DS + "/COLIN.BAD.PDS(X)",
                "{\"request\":\"copy\",\"from-dataset\":{\"dsn\":\"COLIN.NO.SUCH\"}}"), 404, 4));
        cases.add(files("hrecall of a data set that is not cataloged", put(DS + "/COLIN.NO.SUCH",
                "{\"request\":\"hrecall\"}"), 404, 4));
        cases.add(files("delete a data set that is not cataloged", target -> target.send(target.requests.delete(DS
                + "/COLIN.NO.SUCH")), 404, 4));
        cases.add(files("delete a member that is not there", target -> target.send(target.requests.delete(DS
                + "/COLIN.BAD.PDS(NOSUCH)")), 404, 4));
        // z/OS UNIX files
        cases.add(files("list without a path", get(FS), 400, 1));
        cases.add(files("list a relative path", get(FS + "?path=u/colin"), 400, 1));
        cases.add(files("list a path that is not there", get(FS + "?path=/u/nosuch"), 404, 1));
        cases.add(files("read a file that is not there", get(FS + "/u/colin/nosuch.txt"), 404, 1));
        cases.add(files("read a directory", get(FS + "/u/colin"), 400, 1));
        cases.add(files("create a socket", post(FS + "/u/colin/sock", "{\"type\":\"socket\"}"), 400, 1));
        cases.add(files("create with a bad mode", post(FS + "/u/colin/dir", "{\"type\":\"dir\",\"mode\":\"rwxrwxrwz\"}"),
                400, 1));
        cases.add(files("create with a field z/OSMF does not know", post(FS + "/u/colin/dir",
                "{\"type\":\"dir\",\"owner\":\"ME\"}"), 400, 1));
        cases.add(files("create what exists", post(FS + "/u/colin", "{\"type\":\"dir\"}"), 400, 1));
        cases.add(files("create under a directory that is not there", post(FS + "/u/nosuch/dir", "{\"type\":\"dir\"}"),
                404, 1));
        cases.add(files("chmod without a mode", put(FS + "/u/colin", "{\"request\":\"chmod\"}"), 400, 1));
        cases.add(files("chown to nobody known", put(FS + "/u/colin", "{\"request\":\"chown\",\"owner\":\"NOBODY1\"}"),
                400, 1));
        cases.add(files("chtag with a code set z/OS does not have", put(FS + "/u/colin", "{\"request\":\"chtag\","
                + "\"action\":\"set\",\"type\":\"text\",\"codeset\":\"IBM-99999\"}"), 400, 1));
        cases.add(files("a file request z/OSMF does not know", put(FS + "/u/colin", "{\"request\":\"explode\"}"),
                400, 1));
        cases.add(files("move from nowhere", put(FS + "/u/colin/x", "{\"request\":\"move\",\"from\":\"/u/nosuch\"}"),
                404, 1));
        cases.add(files("write in record mode", target -> target.send(target.requests.to(FS + "/u/colin/r.txt")
                .header("X-CSRF-ZOSMF-HEADER", "true").header("X-IBM-Data-Type", "record")
                .PUT(HttpRequest.BodyPublishers.ofString("x"))), 400, 1));
        cases.add(files("delete a directory that is not empty", target -> target.send(target.requests.delete(FS
                + "/u")), 400, 1));
        cases.add(BadInput.of("no X-CSRF-ZOSMF-HEADER", target -> target.send(target.requests.to(DS + "/COLIN.X")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))),
                403, ErrorShape.FILTER));
        return cases;
    }

    private static BadInput.Sender get(String path) {
        return target -> target.send(target.requests.get(path));
    }

    private static BadInput.Sender post(String path, String body) {
        return target -> target.send(target.requests.post(path, body));
    }

    private static BadInput.Sender put(String path, String body) {
        return target -> target.send(target.requests.put(path, body));
    }

    private static HttpRequest.Builder text(BadInputTarget target, String path, String body) {
        return target.requests.to(path).header("X-CSRF-ZOSMF-HEADER", "true").header("Content-Type", "text/plain")
                .header("X-IBM-Data-Type", "text").PUT(HttpRequest.BodyPublishers.ofString(body));
    }
}

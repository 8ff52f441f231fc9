package dev.zosmfsim.files.rest;

import dev.zosmfsim.datasets.DataSetName;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the path after {@code /ds/} names: {@code [-(volser)/]dsname[(member)][/member]}. The names are upper-cased
 * as z/OSMF does; what is no data set or member name is a bad request.
 */
record DataSetPath(String volume, DataSetName name, String member, boolean memberList) {

    private static final Pattern SHAPE = Pattern.compile(
            "(?:-\\(([A-Za-z0-9@#$]{1,6})\\)/)?([^/()]+)(?:\\(([^/()]*)\\))?(/member)?");

    static DataSetPath parse(String path) {
        Matcher matcher = SHAPE.matcher(path);
        if (!matcher.matches()) {
            throw FilesError.badRequest("The path /zosmf/restfiles/ds/" + path + " does not name a data set: use"
                    + " /ds/[-(volser)/]dsname[(member)] or /ds/dsname/member.");
        }
        String problem = DataSetName.problem(matcher.group(2));
        if (problem != null) {
            throw FilesError.badRequest(problem);
        }
        String member = matcher.group(3);
        if (member != null) {
            String memberProblem = DataSetName.memberProblem(member);
            if (memberProblem != null) {
                throw FilesError.badRequest(memberProblem);
            }
            member = member.toUpperCase(Locale.ROOT);
        }
        if (member != null && matcher.group(4) != null) {
            throw FilesError.badRequest("A member list is asked of a data set, not of a member.");
        }
        String volume = matcher.group(1) == null ? null : matcher.group(1).toUpperCase(Locale.ROOT);
        return new DataSetPath(volume, new DataSetName(matcher.group(2)), member, matcher.group(4) != null);
    }

    @Override
    public String toString() {
        return member == null ? name.value() : name.value() + "(" + member + ")";
    }
}

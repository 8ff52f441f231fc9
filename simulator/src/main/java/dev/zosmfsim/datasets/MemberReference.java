package dev.zosmfsim.datasets;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data set named as z/OS utilities and services take it: {@code NAME} or {@code NAME(MEMBER)}, the member null when
 * none is named. Names and members follow {@link DataSetName}'s rules.
 */
public record MemberReference(DataSetName name, String member) {

    private static final Pattern FORM = Pattern.compile("([^()']*)(?:\\(([^()']*)\\))?");

    /** Why {@code text} names no data set (or member), or null when it does. */
    public static String problem(String text) {
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            return "the data set name " + text + " is not valid";
        }
        String problem = DataSetName.problem(matcher.group(1));
        return problem == null && matcher.group(2) != null ? DataSetName.memberProblem(matcher.group(2)) : problem;
    }

    /** The data set and member {@code text} names; see {@link #problem} first. */
    public static MemberReference parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Matcher matcher = FORM.matcher(text);
        matcher.matches();
        String member = matcher.group(2);
        return new MemberReference(new DataSetName(matcher.group(1)),
                member == null ? null : member.toUpperCase(Locale.ROOT));
    }
}

package dev.zosmfsim.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The responses of a command routed to several systems, as MVS gives them back: aggregated into IEE421I, sorted by
 * system name, once every system has answered or the ROUTE timeout (T=, by default 30 s) has passed; responses that
 * come later follow on their own. One-line responses share a SYSNAME/RESPONSES table (a response longer than 71
 * characters goes on two lines); if any is multi-line, each system gets its own frame.
 */
final class RouteAggregate {

    /** The IBM-defined default of ROUTE's maximum timeout interval. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** IEE421I's title shows this much of the routed command (for ROUTE *ALL). */
    private static final int TITLE_COMMAND = 16;
    private static final int RESPONSE_WIDTH = 71;

    /** One system's response to the routed command. */
    record Response(String sysname, Reply reply) {

        Duration arrives() {
            return reply.batches().stream().map(Reply.Batch::delay).max(Duration::compareTo).orElse(Duration.ZERO);
        }

        List<String> lines() {
            return reply.batches().stream().sorted(Comparator.comparing(Reply.Batch::delay))
                    .flatMap(batch -> batch.lines().stream()).toList();
        }
    }

    private RouteAggregate() {
    }

    static Duration timeout(String seconds) {
        return seconds == null ? DEFAULT_TIMEOUT : Duration.ofSeconds(Integer.parseInt(seconds));
    }

    /** As much of the routed command as IEE421I's title shows. */
    static String cut(String command) {
        return command.length() > TITLE_COMMAND ? command.substring(0, TITLE_COMMAND) : command;
    }

    /** T=0: no aggregation, every system's response goes to the console as it comes. */
    static Reply oneByOne(List<Response> responses) {
        List<Reply.Batch> batches = new ArrayList<>();
        responses.forEach(response -> batches.addAll(response.reply().batches()));
        return new Reply(batches);
    }

    static Reply aggregate(String title, List<Response> responses, Duration timeout) {
        List<Response> inTime = responses.stream().filter(r -> r.arrives().compareTo(timeout) <= 0).toList();
        List<Response> late = responses.stream().filter(r -> r.arrives().compareTo(timeout) > 0).toList();
        Duration at = late.isEmpty()
                ? inTime.stream().map(Response::arrives).max(Duration::compareTo).orElse(Duration.ZERO)
                : timeout;
        List<String> lines = new ArrayList<>();
        lines.add(" IEE421I " + title);
        if (!late.isEmpty()) {
            lines.add(" NO RESPONSE RECEIVED FROM THE FOLLOWING SYSTEM(S):");
            StringBuilder names = new StringBuilder(" ");
            late.forEach(response -> names.append(String.format(" %-8s", response.sysname())));
            lines.add(names.toString().stripTrailing());
        }
        if (inTime.stream().allMatch(response -> response.lines().size() <= 1)) {
            lines.add(" SYSNAME  RESPONSES ------------------------------");
            for (Response response : inTime) {
                String text = response.lines().isEmpty() ? "" : response.lines().get(0).strip();
                lines.addAll(tableRow(response.sysname(), text));
            }
        } else {
            for (Response response : inTime) {
                lines.add(String.format(" %-8s RESPONSES --------------------", response.sysname()));
                lines.addAll(response.lines());
            }
        }
        List<Reply.Batch> batches = new ArrayList<>();
        batches.add(new Reply.Batch(at, lines));
        late.forEach(response -> batches.addAll(response.reply().batches()));
        return new Reply(batches);
    }

    /** {@code sysname} and its one-line response; more than 71 characters go on two lines, split at a blank. */
    private static List<String> tableRow(String sysname, String text) {
        if (text.length() <= RESPONSE_WIDTH) {
            return List.of(String.format(" %-8s %s", sysname, text).stripTrailing());
        }
        int split = text.lastIndexOf(' ', RESPONSE_WIDTH);
        split = split <= 0 ? RESPONSE_WIDTH : split;
        return List.of(String.format(" %-8s %s", sysname, text.substring(0, split).stripTrailing()),
                String.format(" %-8s %s", "", text.substring(split).strip()));
    }
}

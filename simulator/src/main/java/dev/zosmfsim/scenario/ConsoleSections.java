package dev.zosmfsim.scenario;

import dev.zosmfsim.console.CannedResponses;
import dev.zosmfsim.console.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The console section, checked and parsed: canned responses with their patterns and delays, unsolicited messages. */
final class ConsoleSections {

    private final ScenarioValidator validator;
    private final List<CannedResponses.Canned> canned = new ArrayList<>();
    private final List<CheckedScenario.Unsolicited> unsolicited = new ArrayList<>();

    ConsoleSections(ScenarioValidator validator) {
        this.validator = validator;
    }

    void check(Scenario.ConsoleSpec console) {
        for (int i = 0; i < console.responses().size(); i++) {
            response("console.responses[" + i + "]", console.responses().get(i));
        }
        for (int i = 0; i < console.unsolicited().size(); i++) {
            Scenario.UnsolicitedSpec message = console.unsolicited().get(i);
            String at = "console.unsolicited[" + i + "]";
            if (message == null || message.after() == null || message.text() == null) {
                validator.problem(at, "expected after (a duration such as 30s) and text");
                continue;
            }
            Duration after = validator.duration(at + ".after", message.after());
            if (after != null) {
                unsolicited.add(new CheckedScenario.Unsolicited(after, message.text()));
            }
        }
    }

    List<CannedResponses.Canned> canned() {
        return canned;
    }

    List<CheckedScenario.Unsolicited> unsolicited() {
        return unsolicited;
    }

    private void response(String at, Scenario.ConsoleResponseSpec response) {
        if (response == null || response.command() == null) {
            validator.problem(at, "command is required (a regular expression matched against the whole command)");
            return;
        }
        Pattern command = null;
        try {
            command = Pattern.compile(response.command(), Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            validator.problem(at + ".command", "expected a regular expression: " + e.getDescription());
        }
        if (response.lines() == null && response.messages() == null) {
            validator.problem(at, "give the response as lines (at once) or messages (each after a delay)");
            return;
        }
        List<Reply.Batch> batches = new ArrayList<>();
        if (response.lines() != null) {
            batches.add(new Reply.Batch(Duration.ZERO, response.lines()));
        }
        List<Scenario.TimedLinesSpec> messages = response.messages() == null ? List.of() : response.messages();
        boolean complete = command != null;
        for (int j = 0; j < messages.size(); j++) {
            Scenario.TimedLinesSpec message = messages.get(j);
            String messageAt = at + ".messages[" + j + "]";
            if (message == null || message.after() == null || message.lines() == null) {
                validator.problem(messageAt, "expected after (a duration such as 5s) and lines");
                complete = false;
                continue;
            }
            Duration after = validator.duration(messageAt + ".after", message.after());
            if (after == null) {
                complete = false;
            } else {
                batches.add(new Reply.Batch(after, message.lines()));
            }
        }
        if (complete) {
            canned.add(new CannedResponses.Canned(command, new Reply(batches)));
        }
    }
}

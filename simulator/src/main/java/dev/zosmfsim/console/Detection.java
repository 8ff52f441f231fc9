package dev.zosmfsim.console;

import dev.zosmfsim.console.ConsoleService.DetectionResult;
import java.time.Instant;
import java.util.Optional;

/** An unsolicited-message detection: a keyword looked for in the system's messages for a while. */
record Detection(KeyMatcher key, Instant from, Instant until) {
    DetectionResult result(SystemMessages messages, Instant now) {
        Instant to = now.isBefore(until) ? now : until;
        for (SystemMessages.Message message : messages.between(from, to)) {
            if (key.matches(message.text())) {
                return new DetectionResult(DetectionStatus.DETECTED, Optional.of(message.text()));
            }
        }
        return new DetectionResult(now.isBefore(until) ? DetectionStatus.WAITING : DetectionStatus.EXPIRED,
                Optional.empty());
    }
}

package dev.zosmfsim.syslog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where one message of a command's response ends and the next begins. A message starts with its id (IEE136I,
 * $HASP890, CEA0004I, IKJ56650I), after at most one blank or action mark; the lines that follow without one are the
 * rest of a multi-line message (IEE254I's SYSTEM IPLED AT line, IEE114I's columns).
 */
final class MessageLines {

    private static final Pattern STARTS_A_MESSAGE =
            Pattern.compile("^[ *@+]?[A-Z$#@][A-Z0-9$#@]{1,7}?[0-9]{3,5}[A-Z]?(\\s.*|)$");

    private MessageLines() {
    }

    /** The messages of {@code lines}, in order; lines before the first message id form a message of their own. */
    static List<List<String>> split(List<String> lines) {
        List<List<String>> messages = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (current == null || STARTS_A_MESSAGE.matcher(line).matches()) {
                current = new ArrayList<>();
                messages.add(current);
            }
            current.add(line);
        }
        return messages;
    }
}

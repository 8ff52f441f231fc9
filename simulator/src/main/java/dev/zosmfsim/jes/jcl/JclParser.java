package dev.zosmfsim.jes.jcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits submitted JCL into statements as the JES2 reader and the converter see it: columns 1-71 (73-80 are
 * sequence numbers), {@code //*} comments, continuation of an operand field that ends with a comma onto a
 * {@code //} line whose operands start in columns 4-16, instream data after {@code DD *} or {@code DD DATA} up to
 * {@code /*} (or the {@code DLM=} delimiter, or for {@code *} the next {@code //} line), and the null statement
 * {@code //} that ends the job. Data lines outside any DD are the step's SYSIN, as JES2 generates it.
 */
public final class JclParser {

    /** The statements and the errors found splitting them. */
    public record Parsed(List<JclStatement> statements, List<JclError> errors) {
    }

    private JclParser() {
    }

    public static Parsed parse(List<String> lines) {
        List<JclStatement> statements = new ArrayList<>();
        List<JclError> errors = new ArrayList<>();
        int number = 0;
        int i = 0;
        while (i < lines.size()) {
            String line = columns(lines.get(i));
            if (line.startsWith("//*")) {
                i++;
                continue;
            }
            if (!line.startsWith("//")) {
                // data where no DD * asked for it: JES2 makes it the SYSIN of the step
                List<String> data = new ArrayList<>();
                while (i < lines.size() && !columns(lines.get(i)).startsWith("//")
                        && !columns(lines.get(i)).startsWith("/*")) {
                    data.add(lines.get(i));
                    i++;
                }
                if (!data.isEmpty()) {
                    statements.add(new JclStatement(++number, "SYSIN", "DD", "*", data));
                }
                if (i < lines.size() && columns(lines.get(i)).startsWith("/*")) {
                    i++;
                }
                continue;
            }
            if (line.strip().equals("//")) {
                break;
            }
            number++;
            String name = line.length() > 2 && line.charAt(2) != ' ' ? word(line, 2) : "";
            String rest = line.substring(2 + name.length()).stripLeading();
            String operation = word(rest, 0).toUpperCase(Locale.ROOT);
            String after = rest.substring(operation.length()).stripLeading();
            // IF's relational expression has blanks in it: the field runs to THEN
            String operands = operation.equals("IF") ? after.strip() : operandField(after);
            i++;
            while (operands.endsWith(",")) {
                String next = i < lines.size() ? columns(lines.get(i)) : "";
                if (!next.startsWith("// ") || next.strip().equals("//") || next.startsWith("//*")) {
                    errors.add(new JclError(number, "IEFC621I EXPECTED CONTINUATION NOT RECEIVED"));
                    break;
                }
                operands += operandField(next.substring(2).stripLeading());
                i++;
            }
            List<String> instream = new ArrayList<>();
            if (operation.equals("DD") && isInstream(operands)) {
                String delimiter = delimiter(operands);
                boolean star = operands.startsWith("*");
                while (i < lines.size()) {
                    String data = lines.get(i);
                    if (data.startsWith(delimiter) || star && delimiter.equals("/*") && data.startsWith("//")) {
                        if (data.startsWith(delimiter)) {
                            i++;
                        }
                        break;
                    }
                    instream.add(data);
                    i++;
                }
            }
            statements.add(new JclStatement(number, name.toUpperCase(Locale.ROOT), operation, operands, instream));
        }
        return new Parsed(statements, errors);
    }

    private static boolean isInstream(String operands) {
        String first = Operands.parse(operands).positional().stream().findFirst().orElse("");
        return first.equals("*") || first.equalsIgnoreCase("DATA");
    }

    private static String delimiter(String operands) {
        String dlm = Operands.parse(operands).keyword("DLM");
        return dlm == null ? "/*" : Operands.unquote(dlm);
    }

    /** Columns 1-71 of a card; what is beyond is the continuation column and the sequence number. */
    static String columns(String line) {
        String text = line.replace("\r", "");
        return text.length() > 71 ? text.substring(0, 71) : text;
    }

    private static String word(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != ' ') {
            end++;
        }
        return text.substring(from, end);
    }

    /** The operand field: up to the first blank outside quotes; what follows is a comment. */
    private static String operandField(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                return text.substring(0, i);
            }
        }
        return text;
    }
}

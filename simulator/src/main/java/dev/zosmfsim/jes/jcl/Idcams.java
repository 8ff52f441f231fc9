package dev.zosmfsim.jes.jcl;

import dev.zosmfsim.datasets.AccessMethodServices;
import dev.zosmfsim.datasets.DataSetException;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.MemberReference;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IDCAMS in batch over the catalog: the commands of SYSIN ({@code -} at the end of a line continues a command,
 * {@code /* ... *&#47;} is a comment) are DELETE (of data sets and members), DEFINE NONVSAM, REPRO (INFILE or
 * INDATASET to OUTFILE or OUTDATASET), LISTCAT (ENTRIES or LEVEL; every entry without either) and SET
 * MAXCC/LASTCC. SYSPRINT lists each command, its messages and IDC0001I; the step ends with the highest condition
 * code (IDC0002I). RACF is asked as for any program: ALTER to delete or define, READ and UPDATE to copy.
 */
final class Idcams implements BatchProgram {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yy", Locale.ROOT);
    private static final Pattern KEYWORD = Pattern.compile("([A-Z]+)\\(([^()]*(?:\\([^()]*\\))?[^()]*)\\)");

    private final ZoneOffset localOffset;

    Idcams(ZoneOffset localOffset) {
        this.localOffset = localOffset;
    }

    @Override
    public Outcome run(StepRun run) {
        LocalDateTime local = LocalDateTime.ofInstant(run.now(), localOffset);
        List<String> print = new ArrayList<>();
        String header = String.format("%-67s%-22s%-13sPAGE", "1IDCAMS  SYSTEM SERVICES", "TIME: " + TIME.format(local),
                DATE.format(local));
        print.add(header + "      1");
        print.add("0");
        int maxcc = 0;
        for (List<String> command : commands(run.files().read("SYSIN"))) {
            command.forEach(line -> print.add("  " + line.strip()));
            String text = String.join(" ", command.stream().map(Idcams::withoutContinuation).toList())
                    .toUpperCase(Locale.ROOT).strip();
            String verb = text.split("\\s+")[0];
            String operands = text.substring(verb.length()).strip();
            if (verb.equals("SET")) {
                Matcher set = Pattern.compile("(MAXCC|LASTCC)\\s*=\\s*(\\d+)").matcher(operands);
                if (set.find() && set.group(1).equals("MAXCC")) {
                    maxcc = Integer.parseInt(set.group(2));
                }
                continue;
            }
            AccessMethodServices.Result result = run(verb, operands, run);
            if (verb.equals("LISTCAT") || verb.equals("LISTC")) {
                listing(result, header, print);
            } else {
                result.messages().forEach(message -> print.add("0" + message));
            }
            print.add("0IDC0001I FUNCTION COMPLETED, HIGHEST CONDITION CODE WAS " + result.conditionCode());
            print.add("0");
            maxcc = Math.max(maxcc, result.conditionCode());
        }
        print.add("0IDC0002I IDCAMS PROCESSING COMPLETE. MAXIMUM CONDITION CODE WAS " + maxcc);
        return Outcome.completed(maxcc, Map.of("SYSPRINT", print));
    }

    private AccessMethodServices.Result run(String verb, String operands, StepRun run) {
        StepAllocation files = run.files();
        return switch (verb) {
            case "DELETE", "DEL" -> delete(operands, run);
            case "DEFINE", "DEF" -> define(operands, run);
            case "REPRO" -> repro(operands, files);
            case "LISTCAT", "LISTC" -> listcat(operands, files);
            default -> new AccessMethodServices.Result(12, List.of("IDC3211I KEYWORD '" + verb + "' IS IMPROPER",
                    "IDC3202I ABOVE TEXT BYPASSED UNTIL NEXT COMMAND. CONDITION CODE IS 12"));
        };
    }

    private AccessMethodServices.Result delete(String operands, StepRun run) {
        String names = operands.startsWith("(") ? operands.substring(1, closing(operands)) : operands.split("\\s+")[0];
        int highest = 0;
        List<String> messages = new ArrayList<>();
        for (String entry : names.split("[\\s,]+")) {
            MemberReference target = reference(entry);
            if (target == null) {
                return invalidName(entry);
            }
            boolean cataloged = run.files().catalog().find(target.name()).isPresent();
            if (cataloged && !run.files().permits(target.name(), DataSetAuthority.Access.ALTER)) {
                messages.addAll(securityFailure(target.name(), "DELETED"));
                highest = Math.max(highest, 8);
                continue;
            }
            AccessMethodServices.Result result = AccessMethodServices.delete(run.files().catalog(), target.name(),
                    target.member(), run.files().owner());
            messages.addAll(result.messages());
            highest = Math.max(highest, result.conditionCode());
        }
        return new AccessMethodServices.Result(highest, messages);
    }

    private AccessMethodServices.Result define(String operands, StepRun run) {
        if (!operands.startsWith("NONVSAM") && !operands.startsWith("NVSAM")) {
            return new AccessMethodServices.Result(12, List.of("IDC3211I KEYWORD '" + operands.split("[\\s(]+")[0]
                    + "' IS IMPROPER", "IDC3202I ABOVE TEXT BYPASSED UNTIL NEXT COMMAND. CONDITION CODE IS 12"));
        }
        String name = keyword(operands, "NAME");
        MemberReference target = name == null ? null : reference(name);
        if (target == null || target.member() != null) {
            return invalidName(name);
        }
        String volumes = keyword(operands, "VOLUMES", "VOL");
        String volume = volumes == null ? "VOL001" : volumes.split("[\\s,]+")[0];
        boolean cataloged = run.files().catalog().find(target.name()).isPresent();
        if (!cataloged && !run.files().permits(target.name(), DataSetAuthority.Access.ALTER)) {
            return new AccessMethodServices.Result(12, securityFailure(target.name(), "DEFINED"));
        }
        return AccessMethodServices.defineNonVsam(run.files().catalog(), target.name(), volume);
    }

    private static AccessMethodServices.Result listcat(String operands, StepAllocation files) {
        String entries = keyword(operands, "ENTRIES", "ENT");
        if (entries != null) {
            MemberReference target = reference(entries);
            return AccessMethodServices.listEntry(files.catalog(), target == null ? null : target.name(), entries);
        }
        String level = keyword(operands, "LEVEL", "LVL");
        return AccessMethodServices.listLevel(files.catalog(), level == null ? "**" : level.replace("'", ""));
    }

    /**
     * LISTCAT's SYSPRINT: each entry (its NONVSAM line after a blank line), then on page 2 the counts of the entries
     * listed by type, as IDCAMS prints them.
     */
    private static void listing(AccessMethodServices.Result result, String header, List<String> print) {
        int listed = 0;
        for (String line : result.messages()) {
            boolean entry = line.startsWith("NONVSAM");
            listed += entry ? 1 : 0;
            print.add((entry || line.startsWith("IDC") ? "0" : " ") + line);
        }
        print.add(header + "      2");
        print.add("0         THE NUMBER OF ENTRIES PROCESSED WAS:");
        for (String type : List.of("AIX", "ALIAS", "CLUSTER", "DATA", "GDG", "INDEX", "NONVSAM", "PAGESPACE", "PATH",
                "SPACE", "USERCATALOG", "TAPELIBRARY", "TAPEVOLUME", "TOTAL")) {
            int count = type.equals("NONVSAM") || type.equals("TOTAL") ? listed : 0;
            print.add(" ".repeat(20) + (type + " " + "-".repeat(22)).substring(0, 23) + count);
        }
        print.add("0         THE NUMBER OF PROTECTED ENTRIES SUPPRESSED WAS 0");
    }

    private AccessMethodServices.Result repro(String operands, StepAllocation files) {
        String inFile = keyword(operands, "INFILE", "IFILE");
        String inDataSet = keyword(operands, "INDATASET", "IDS");
        String outFile = keyword(operands, "OUTFILE", "OFILE");
        String outDataSet = keyword(operands, "OUTDATASET", "ODS");
        if (inFile == null && inDataSet == null || outFile == null && outDataSet == null) {
            return new AccessMethodServices.Result(12, List.of("IDC3203I ITEM 'REPRO' DOES NOT ADHERE TO"
                    + " RESTRICTIONS", "IDC3202I ABOVE TEXT BYPASSED UNTIL NEXT COMMAND. CONDITION CODE IS 12"));
        }
        String input = inFile != null ? inFile : inDataSet;
        String output = outFile != null ? outFile : outDataSet;
        try {
            List<String> records;
            if (inFile != null) {
                if (!files.has(inFile)) {
                    return missingDd(inFile);
                }
                records = files.read(inFile);
            } else {
                MemberReference target = reference(inDataSet);
                if (target == null) {
                    return invalidName(inDataSet);
                }
                records = files.readDataSet(target.name(), target.member());
            }
            if (outFile != null) {
                if (!files.has(outFile)) {
                    return missingDd(outFile);
                }
                files.write(outFile, records);
            } else {
                MemberReference target = reference(outDataSet);
                if (target == null) {
                    return invalidName(outDataSet);
                }
                files.writeDataSet(target.name(), target.member(), records);
            }
            return new AccessMethodServices.Result(0, List.of("IDC0005I NUMBER OF RECORDS PROCESSED WAS "
                    + records.size()));
        } catch (DataSetException e) {
            String name = e.kind() == DataSetException.Kind.NOT_FOUND ? e.detail() : input + " " + output;
            return new AccessMethodServices.Result(12, List.of("IDC3012I ENTRY " + name + " NOT FOUND",
                    "IDC3009I ** VSAM CATALOG RETURN CODE IS 8 - REASON CODE IS IGG0CLEG-42",
                    "IDC3300I  ERROR OPENING " + name));
        } catch (StepAbend abend) {
            // IDCAMS's own exit takes the open abend: the step goes on with condition code 12
            List<String> messages = new ArrayList<>(abend.messages());
            messages.add("IDC3300I  ERROR OPENING " + input);
            messages.add("IDC3321I ** OPEN/CLOSE/EOV ERROR ROUTINE ENTERED");
            return new AccessMethodServices.Result(12, messages);
        }
    }

    private static AccessMethodServices.Result missingDd(String ddname) {
        return new AccessMethodServices.Result(12, List.of("IDC3311I DDNAME " + ddname + " NOT FOUND",
                "IDC3300I  ERROR OPENING " + ddname));
    }

    private static AccessMethodServices.Result invalidName(String text) {
        return new AccessMethodServices.Result(12, List.of("IDC3219I VALUE '" + text + "' HAS INVALID SYNTAX",
                "IDC3202I ABOVE TEXT BYPASSED UNTIL NEXT COMMAND. CONDITION CODE IS 12"));
    }

    private static List<String> securityFailure(DataSetName name, String what) {
        return List.of("IDC3018I SECURITY VERIFICATION FAILED+",
                "IDC3009I ** VSAM CATALOG RETURN CODE IS 56 - REASON CODE IS IGG0CLFT-6",
                "IDC0551I ** ENTRY " + name + " NOT " + what);
    }

    /** A data set name, with a member in parentheses, as IDCAMS takes it (quotes allowed, no prefix); null if none. */
    private static MemberReference reference(String text) {
        String value = text.replace("'", "").strip();
        return MemberReference.problem(value) == null ? MemberReference.parse(value) : null;
    }

    private static String keyword(String operands, String... names) {
        Matcher matcher = KEYWORD.matcher(operands);
        while (matcher.find()) {
            for (String name : names) {
                if (matcher.group(1).equals(name)) {
                    return matcher.group(2).strip();
                }
            }
        }
        return null;
    }

    private static int closing(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static String withoutContinuation(String line) {
        String text = line.strip();
        return text.endsWith("-") || text.endsWith("+") ? text.substring(0, text.length() - 1) : text;
    }

    /** SYSIN's commands, each as its lines (continued with a trailing - or +), comments removed. */
    private static List<List<String>> commands(List<String> sysin) {
        List<List<String>> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : sysin) {
            String line = (raw.length() > 72 ? raw.substring(0, 72) : raw).replaceAll("/\\*.*?(\\*/|$)", "")
                    .stripTrailing();
            if (line.isBlank()) {
                continue;
            }
            current.add(line);
            if (!line.endsWith("-") && !line.endsWith("+")) {
                commands.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            commands.add(current);
        }
        return commands;
    }
}

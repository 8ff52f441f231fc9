package dev.zosmfsim.tso;

import dev.zosmfsim.datasets.AccessMethodServices;
import dev.zosmfsim.datasets.Catalog;
import dev.zosmfsim.datasets.DataSet;
import dev.zosmfsim.datasets.DataSetAttributes;
import dev.zosmfsim.datasets.DataSetException;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.DsnPattern;
import dev.zosmfsim.datasets.RecordFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TSO data set commands over the one catalog: {@code LISTCAT}, {@code LISTDS}, {@code ALLOCATE}, {@code FREE},
 * {@code DELETE} and {@code RENAME}. A name in quotes is fully qualified; without quotes the userid is put before
 * it, as TSO's PROFILE PREFIX does by default. {@code ALLOC ... OLD} holds the data set for the user until FREE.
 */
public final class DataSetCommands {

    private static final Pattern KEYWORD = Pattern.compile("([A-Z]+)(?:\\(([^)]*)\\))?");

    private DataSetCommands() {
    }

    public static List<TsoCommand> all(Catalog catalog) {
        Map<String, DataSetName> held = new ConcurrentHashMap<>();
        return List.of(command(Set.of("LISTCAT", "LISTC"), (operands, context) -> listcat(catalog, operands, context)),
                command(Set.of("LISTDS", "LISTD"), (operands, context) -> listds(catalog, operands, context)),
                command(Set.of("DELETE", "DEL"), (operands, context) -> delete(catalog, operands, context)),
                command(Set.of("RENAME", "REN"), (operands, context) -> rename(catalog, operands, context)),
                command(Set.of("ALLOCATE", "ALLOC"), (operands, context) -> allocate(catalog, held, operands,
                        context)),
                command(Set.of("FREE"), (operands, context) -> free(catalog, held, operands, context)));
    }

    private interface Body {
        List<String> run(String operands, TsoContext context);
    }

    private static TsoCommand command(Set<String> names, Body body) {
        return new TsoCommand() {
            @Override
            public Set<String> names() {
                return names;
            }

            @Override
            public List<String> run(TsoCommandLine command, TsoContext context) {
                try {
                    return body.run(command.operands(), context);
                } catch (DataSetException e) {
                    return List.of(e.detail() == null ? e.getMessage() : e.detail());
                }
            }
        };
    }

    /** A TSO data set name: quoted is as given, unquoted gets the userid in front; null if it is no name. */
    static DataSetName name(String text, TsoContext context) {
        String value = text.trim();
        String full = value.startsWith("'") && value.endsWith("'") && value.length() > 1
                ? value.substring(1, value.length() - 1) : context.userid() + "." + value;
        String dsn = full.contains("(") ? full.substring(0, full.indexOf('(')) : full;
        return DataSetName.problem(dsn) == null ? new DataSetName(dsn) : null;
    }

    private static Map<String, String> keywords(String operands) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        Matcher matcher = KEYWORD.matcher(operands.toUpperCase(Locale.ROOT));
        while (matcher.find()) {
            found.put(matcher.group(1), matcher.group(2));
        }
        return found;
    }

    private static List<String> listcat(Catalog catalog, String operands, TsoContext context) {
        Map<String, String> words = keywords(operands);
        String level = words.getOrDefault("LEVEL", words.get("LVL"));
        String entries = words.getOrDefault("ENTRIES", words.get("ENT"));
        List<DataSet> found;
        if (entries != null) {
            DataSetName entry = name(entries, context);
            found = entry == null ? List.of() : catalog.find(entry).map(List::of).orElse(List.of());
            if (found.isEmpty()) {
                return List.of("IDC3012I ENTRY " + (entry == null ? entries : entry) + " NOT FOUND",
                        "IDC3007I ** VSAM CATALOG RETURN CODE IS 8", "IDC1566I ** " + entries.replace("'", "")
                                + " NOT LISTED");
            }
        } else {
            String prefix = level == null ? context.userid() : level.replace("'", "");
            found = catalog.list(DsnPattern.parse(prefix));
        }
        List<String> lines = new ArrayList<>();
        for (DataSet dataSet : found) {
            lines.add("NONVSAM ------- " + dataSet.name());
            lines.add("     IN-CAT --- CATALOG.Z31.MASTER");
        }
        return lines;
    }

    private static List<String> listds(Catalog catalog, String operands, TsoContext context) {
        String[] parts = operands.trim().split("\\s+", 2);
        DataSetName dsn = parts[0].isEmpty() ? null : name(parts[0], context);
        if (dsn == null) {
            return List.of("IKJ56701I MISSING DATA SET NAME");
        }
        DataSet dataSet = catalog.find(dsn).orElse(null);
        if (dataSet == null) {
            return List.of("IKJ58503I DATA SET '" + dsn + "' NOT IN CATALOG");
        }
        List<String> lines = new ArrayList<>();
        lines.add(dsn.value());
        if (dataSet.migrated()) {
            lines.add("--VOLUMES--");
            lines.add("  MIGRAT");
            return lines;
        }
        DataSetAttributes a = dataSet.attributes();
        lines.add("--RECFM-LRECL-BLKSIZE-DSORG");
        lines.add(String.format("  %-6s%-6d%-8d%s", a.recfm(), a.lrecl(), a.blksize(), a.dsorg()));
        lines.add("--VOLUMES--");
        lines.add("  " + a.volume());
        if (parts.length > 1 && parts[1].toUpperCase(Locale.ROOT).startsWith("MEM") && dataSet.partitioned()) {
            lines.add("--MEMBERS--");
            dataSet.members().keySet().forEach(member -> lines.add("  " + member));
        }
        return lines;
    }

    private static List<String> delete(Catalog catalog, String operands, TsoContext context) {
        DataSetName dsn = operands.isBlank() ? null : name(operands.trim().split("\\s+")[0], context);
        if (dsn == null) {
            return List.of("IKJ56701I MISSING DATA SET NAME");
        }
        String member = memberOf(operands.trim().split("\\s+")[0]);
        return AccessMethodServices.delete(catalog, dsn, member, context.userid() + "#tso").messages();
    }

    private static List<String> rename(Catalog catalog, String operands, TsoContext context) {
        String[] parts = operands.trim().split("\\s+");
        if (parts.length != 2 || name(parts[0], context) == null || name(parts[1], context) == null) {
            return List.of("IKJ56701I MISSING NEW DATA SET NAME");
        }
        DataSetName from = name(parts[0], context);
        if (catalog.find(from).isEmpty()) {
            return List.of("IKJ58509I DATA SET '" + from + "' NOT IN CATALOG");
        }
        String fromMember = memberOf(parts[0]);
        if (fromMember != null) {
            catalog.renameMember(from, fromMember, memberOf(parts[1]) == null ? parts[1].toUpperCase(Locale.ROOT)
                    : memberOf(parts[1]), context.userid() + "#tso");
        } else {
            catalog.rename(from, name(parts[1], context), context.userid() + "#tso");
        }
        return List.of();
    }

    private static List<String> allocate(Catalog catalog, Map<String, DataSetName> held, String operands,
            TsoContext context) {
        Map<String, String> words = keywords(operands);
        String da = words.getOrDefault("DATASET", words.getOrDefault("DSNAME", words.getOrDefault("DA",
                words.get("DSN"))));
        String dd = words.getOrDefault("FILE", words.getOrDefault("FI", words.getOrDefault("DDNAME", words.get("F"))));
        if (da == null) {
            return List.of("IKJ56701I MISSING DATA SET NAME OR *");
        }
        DataSetName dsn = name(da, context);
        if (dsn == null) {
            return List.of("IKJ56709I INVALID DATA SET NAME, " + da);
        }
        if (words.containsKey("NEW")) {
            String recfm = words.getOrDefault("RECFM", "F,B").replace(",", "").replace(" ", "");
            String[] space = words.getOrDefault("SPACE", "1,1").split(",");
            try {
                catalog.create(dsn, new DataSetAttributes(words.containsKey("DIR") || "PO".equals(words.get("DSORG"))
                        ? "PO" : "PS", words.containsKey("DSNTYPE") ? words.get("DSNTYPE") : null,
                        RecordFormat.parse(recfm), Integer.parseInt(words.getOrDefault("LRECL", "80").trim()),
                        Integer.parseInt(words.getOrDefault("BLKSIZE", "0").trim()),
                        words.containsKey("CYLINDERS") || words.containsKey("CYL") ? "CYL" : "TRK",
                        Integer.parseInt(space[0].trim()), space.length > 1 ? Integer.parseInt(space[1].trim()) : 0,
                        words.containsKey("DIR") ? Integer.parseInt(words.get("DIR").trim()) : 0,
                        words.get("VOLUME")));
            } catch (IllegalArgumentException e) {
                return List.of("IKJ56893I DATA SET " + dsn + " NOT ALLOCATED+", "IGD01008I " + e.getMessage());
            }
        } else if (catalog.find(dsn).isEmpty()) {
            return List.of("IKJ56228I DATA SET " + dsn + " NOT IN CATALOG OR CATALOG CAN NOT BE ACCESSED");
        }
        if (words.containsKey("OLD") || words.containsKey("MOD")) {
            catalog.enqueues().acquire(dsn, null, context.userid() + "#tso");
        }
        held.put(context.userid() + "/" + (dd == null ? "SYS00001" : dd), dsn);
        return List.of();
    }

    private static List<String> free(Catalog catalog, Map<String, DataSetName> held, String operands,
            TsoContext context) {
        Map<String, String> words = keywords(operands);
        String dd = words.getOrDefault("FILE", words.getOrDefault("FI", words.get("F")));
        String da = words.getOrDefault("DATASET", words.getOrDefault("DA", words.get("DSN")));
        DataSetName dsn = da == null ? held.get(context.userid() + "/" + dd) : name(da, context);
        if (dsn == null || held.values().stream().noneMatch(dsn::equals)) {
            return List.of("IKJ56247I FILE " + (dd == null ? da : dd) + " NOT FREED, IS NOT ALLOCATED");
        }
        held.entrySet().removeIf(entry -> entry.getKey().startsWith(context.userid() + "/")
                && entry.getValue().equals(dsn) && (dd == null || entry.getKey().endsWith("/" + dd)));
        catalog.enqueues().release(dsn, null, context.userid() + "#tso");
        return List.of();
    }

    private static String memberOf(String text) {
        int open = text.indexOf('(');
        int close = text.indexOf(')');
        return open < 0 || close < open ? null : text.substring(open + 1, close).toUpperCase(Locale.ROOT);
    }
}

package dev.zosmfsim.jes.jcl;

import dev.zosmfsim.datasets.DataSetName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The converter's checks over parsed JCL: the JOB statement first and its name, the operations it knows, the
 * keywords of JOB, EXEC and DD, EXEC's PGM (catalogued procedures are not modelled: IEFC612I), IF/ELSE/ENDIF
 * nesting, and a job with no steps. Each error is the IEFC message JES2 writes to JESYSMSG.
 */
public final class JclConverter {

    private static final String NAME = "[A-Z@#$][A-Z0-9@#$]{0,7}";
    private static final Set<String> JOB_KEYWORDS = Set.of("CLASS", "MSGCLASS", "MSGLEVEL", "NOTIFY", "USER",
            "PASSWORD", "TYPRUN", "REGION", "TIME", "COND", "PRTY", "ADDRSPC", "GROUP", "SCHENV", "MEMLIMIT",
            "JESLOG", "RD", "BYTES", "LINES", "CARDS", "PAGES", "SECLABEL", "UJOBCORR", "SYSAFF", "JOBRC", "EMAIL");
    private static final Set<String> EXEC_KEYWORDS = Set.of("PGM", "PROC", "PARM", "COND", "REGION", "TIME", "ACCT",
            "ADDRSPC", "DYNAMNBR", "MEMLIMIT", "RD", "PERFORM", "PARMDD", "CCSID", "TVSMSG", "TVSAMCOM");
    private static final Set<String> DD_KEYWORDS = Set.of("SYSOUT", "DSN", "DSNAME", "DISP", "UNIT", "VOL", "VOLUME",
            "SPACE", "DCB", "RECFM", "LRECL", "BLKSIZE", "DLM", "LIKE", "DSORG", "STORCLAS", "MGMTCLAS", "DATACLAS",
            "PATH", "PATHOPTS", "PATHMODE", "PATHDISP", "FREE", "HOLD", "OUTPUT", "COPIES", "DEST", "FCB", "LABEL",
            "AVGREC", "EXPDT", "RETPD", "DSNTYPE", "KEYLEN", "FILEDATA", "SUBSYS", "SPIN", "OUTLIM", "DSID");
    private static final Set<String> OPERATIONS = Set.of("JOB", "EXEC", "DD", "IF", "ELSE", "ENDIF", "JCLLIB",
            "SET", "OUTPUT", "JOBGROUP", "PROC", "PEND", "INCLUDE", "XMIT", "CNTL", "ENDCNTL", "EXPORT");

    private JclConverter() {
    }

    /** Converts the parsed statements; {@code defaultClass} is the job class when CLASS= is not given. */
    public static JclJob convert(JclParser.Parsed parsed, String defaultClass) {
        List<JclError> errors = new ArrayList<>(parsed.errors());
        List<JclStatement> statements = parsed.statements();
        if (statements.isEmpty() || !statements.get(0).operation().equals("JOB")) {
            throw new IllegalArgumentException("no JOB statement");
        }
        JclStatement card = statements.get(0);
        Operands job = Operands.parse(card.operands());
        if (!card.name().matches(NAME)) {
            errors.add(new JclError(card.number(), "IEFC662I INVALID LABEL"));
        }
        unknownKeywords(card, job, JOB_KEYWORDS, errors);
        List<JclStep> steps = new ArrayList<>();
        Deque<JclStep.Condition> conditions = new ArrayDeque<>();
        String stepName = null;
        String program = null;
        String parm = null;
        String cond = null;
        int stepStatement = 0;
        List<JclDd> dds = new ArrayList<>();
        List<JclStep.Condition> stepConditions = List.of();
        for (JclStatement statement : statements.subList(1, statements.size())) {
            String operation = statement.operation();
            if (!OPERATIONS.contains(operation)) {
                errors.add(new JclError(statement.number(), "IEFC605I UNIDENTIFIED OPERATION FIELD"));
                continue;
            }
            if (!statement.name().isEmpty() && !statement.name().matches(NAME + "(\\." + NAME + ")?")) {
                errors.add(new JclError(statement.number(), "IEFC662I INVALID LABEL"));
            }
            switch (operation) {
                case "JOB" -> errors.add(new JclError(statement.number(), "IEFC019I MISPLACED JOB STATEMENT"));
                case "EXEC" -> {
                    if (stepName != null) {
                        steps.add(new JclStep(steps.size() + 1, stepStatement, stepName, program, parm, cond,
                                stepConditions, dds));
                    }
                    Operands exec = Operands.parse(statement.operands());
                    unknownKeywords(statement, exec, EXEC_KEYWORDS, errors);
                    stepName = statement.name();
                    stepStatement = statement.number();
                    stepConditions = List.copyOf(conditions);
                    dds = new ArrayList<>();
                    program = exec.keyword("PGM") == null ? null : exec.keyword("PGM").toUpperCase(Locale.ROOT);
                    String procedure = exec.keyword("PROC") != null ? exec.keyword("PROC")
                            : exec.positional().stream().findFirst().orElse(null);
                    if (program == null && procedure != null) {
                        errors.add(new JclError(statement.number(), "IEFC612I PROCEDURE "
                                + procedure.toUpperCase(Locale.ROOT) + " WAS NOT FOUND"));
                    } else if (program == null) {
                        errors.add(new JclError(statement.number(), "IEFC605I UNIDENTIFIED OPERATION FIELD"));
                    } else if (!program.matches(NAME)) {
                        errors.add(new JclError(statement.number(), "IEFC630I UNIDENTIFIED KEYWORD PGM"));
                    }
                    parm = exec.keyword("PARM") == null ? null : Operands.unquote(exec.keyword("PARM"));
                    if (parm != null && parm.length() > 100) {
                        errors.add(new JclError(statement.number(),
                                "IEFC642I EXCESSIVE PARAMETER LENGTH IN THE PARM FIELD"));
                    }
                    cond = exec.keyword("COND");
                }
                case "DD" -> {
                    Operands dd = Operands.parse(statement.operands());
                    unknownKeywords(statement, dd, DD_KEYWORDS, errors);
                    if (stepName == null) {
                        // a DD before any EXEC (JOBLIB, JOBCAT) is kept by no step
                        continue;
                    }
                    dds.add(dd(statement, dd, errors));
                }
                case "IF" -> {
                    String text = statement.operands();
                    if (!text.toUpperCase(Locale.ROOT).endsWith("THEN")) {
                        errors.add(new JclError(statement.number(), "IEFC013I ERROR IN IF STATEMENT"));
                    }
                    conditions.push(new JclStep.Condition(text.replaceAll("(?i)\\s*THEN$", "").strip(), false));
                }
                case "ELSE" -> {
                    JclStep.Condition open = conditions.poll();
                    if (open == null || open.negated()) {
                        errors.add(new JclError(statement.number(), "IEFC018I ELSE WITHOUT MATCHING IF"));
                    } else {
                        conditions.push(new JclStep.Condition(open.expression(), true));
                    }
                }
                case "ENDIF" -> {
                    if (conditions.poll() == null) {
                        errors.add(new JclError(statement.number(), "IEFC017I ENDIF WITHOUT MATCHING IF"));
                    }
                }
                default -> {
                    // JCLLIB, SET, OUTPUT and the other statements the simulator accepts and ignores
                }
            }
        }
        if (stepName != null) {
            steps.add(new JclStep(steps.size() + 1, stepStatement, stepName, program, parm, cond, stepConditions,
                    dds));
        }
        if (!conditions.isEmpty()) {
            errors.add(new JclError(statements.get(statements.size() - 1).number(),
                    "IEFC016I IF STATEMENT WITHOUT MATCHING ENDIF"));
        }
        if (steps.isEmpty()) {
            errors.add(new JclError(card.number(), "IEFC607I JOB HAS NO STEPS"));
        }
        String jobClass = upper(job.keyword("CLASS"), defaultClass);
        String msgClass = upper(job.keyword("MSGCLASS"), "A");
        if (!jobClass.matches("[A-Z0-9]")) {
            errors.add(new JclError(card.number(), "IEFC630I UNIDENTIFIED KEYWORD CLASS"));
        }
        String user = job.keyword("USER") == null ? null : job.keyword("USER").toUpperCase(Locale.ROOT);
        String typrun = job.keyword("TYPRUN") == null ? null : job.keyword("TYPRUN").toUpperCase(Locale.ROOT);
        String notify = job.keyword("NOTIFY");
        return new JclJob(card.name(), jobClass, msgClass, user, typrun, notify, steps, errors,
                statements.size());
    }

    private static JclDd dd(JclStatement statement, Operands dd, List<JclError> errors) {
        String first = dd.positional().stream().findFirst().orElse("").toUpperCase(Locale.ROOT);
        String sysout = dd.keyword("SYSOUT");
        if (sysout != null) {
            String outputClass = Operands.list(sysout).get(0).toUpperCase(Locale.ROOT);
            return new JclDd(statement.name(), outputClass.isEmpty() ? "*" : outputClass, null, false, null);
        }
        if (first.equals("*") || first.equals("DATA")) {
            return new JclDd(statement.name(), null, statement.instream(), false, null);
        }
        String dsn = dd.keyword("DSN") != null ? dd.keyword("DSN") : dd.keyword("DSNAME");
        if (first.equals("DUMMY") || "NULLFILE".equalsIgnoreCase(dsn) || dsn == null) {
            // a DD with neither a data set nor DUMMY (DD UNIT=SYSDA alone) is a temporary the simulator leaves empty
            return new JclDd(statement.name(), null, null, true, null);
        }
        try {
            DataSetDd dataSet = DataSetDd.parse(dsn, dd);
            String bare = dataSet.temporary() ? dataSet.dsn().substring(2) : dataSet.dsn();
            if (DataSetName.problem(bare) != null || dataSet.member() != null
                    && DataSetName.memberProblem(dataSet.member()) != null) {
                errors.add(new JclError(statement.number(), "IEFC648I INVALID DSNAME " + dsn.toUpperCase(Locale.ROOT)));
            }
            return new JclDd(statement.name(), null, null, false, dataSet);
        } catch (IllegalArgumentException e) {
            errors.add(new JclError(statement.number(), e.getMessage()));
            return new JclDd(statement.name(), null, null, true, null);
        }
    }

    private static void unknownKeywords(JclStatement statement, Operands operands, Set<String> known,
            List<JclError> errors) {
        for (Map.Entry<String, String> keyword : operands.keywords().entrySet()) {
            if (!known.contains(keyword.getKey())) {
                errors.add(new JclError(statement.number(), "IEFC630I UNIDENTIFIED KEYWORD " + keyword.getKey()));
            }
        }
    }

    private static String upper(String value, String otherwise) {
        return value == null ? otherwise : Operands.unquote(value).toUpperCase(Locale.ROOT);
    }
}

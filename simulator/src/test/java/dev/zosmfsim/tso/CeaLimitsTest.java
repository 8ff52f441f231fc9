package dev.zosmfsim.tso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.TestSystems;
import dev.zosmfsim.system.SimulatedSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** MAXSESSIONS and MAXSESSPERUSER hold exactly, also when many clients start at once. */
class CeaLimitsTest {

    private static final String LIMITED = "users:\n  IBMUSER:\n    password: SYS1\n    special: true\n    operparm:\n      auth: [MASTER]\n"
            + "  COLIN:\n    password: X\n  ALICE:\n    password: X\ncea:\n  active: \"LM\"\n  members:\n"
            + "    LM:\n      maxSessions: 3\n      maxSessionsPerUser: 2\n";

    @Test
    void theSystemWideAndPerUserLimitsRefuseWithCeasReason() {
        SimulatedSystem system = TestSystems.fromYaml(LIMITED);
        TsoSessions tso = new TsoSessions(system);
        tso.start("COLIN");
        tso.start("COLIN");
        TsoException perUser = assertThrows(TsoException.class, () -> tso.start("COLIN"));
        assertEquals(TsoException.Kind.NO_ADDRESS_SPACE, perUser.kind());
        assertTrue(perUser.getMessage().contains("MAXSESSPERUSER(2)"), perUser.getMessage());
        tso.start("ALICE");
        TsoException system1 = assertThrows(TsoException.class, () -> tso.start("ALICE"));
        assertTrue(system1.getMessage().contains("MAXSESSIONS(3)"), system1.getMessage());
        List<String> summary = system.consoles().operatorCommand("F CEA,D,S");
        // HIGHCNT counts the starts that found ALLOWED reached: ALICE's second
        assertTrue(summary.contains(" TSOASMGR: ALLOWED: 3 IN USE: 3 HIGHCNT: 1"), summary.toString());
    }

    @RepeatedTest(5)
    void aHundredConcurrentStartsGetExactlyMaxSessions() throws Exception {
        SimulatedSystem system = TestSystems.fromYaml("cea:\n  active: \"BG\"\n  members:\n    BG:\n"
                + "      maxSessions: 50\n      maxSessionsPerUser: 50\nusers:\n"
                + users(100));
        int started = race(100, i -> () -> {
            system.tso().start(String.format("U%03d", i % 100), TsoStartRequest.defaults("ACCT#"));
            return true;
        });
        assertEquals(50, started);
        assertEquals(50, system.addressSpaces().inUse());
        assertEquals(50, system.addressSpaces().highCount());
    }

    @RepeatedTest(5)
    void concurrentStartsOfOneUserGetExactlyMaxSessionsPerUser() throws Exception {
        SimulatedSystem system = TestSystems.fromYaml(LIMITED.replace("maxSessions: 3", "maxSessions: 50")
                .replace("maxSessionsPerUser: 2", "maxSessionsPerUser: 7"));
        int started = race(100, i -> () -> {
            system.tso().start("COLIN", TsoStartRequest.defaults("ACCT#"));
            return true;
        });
        assertEquals(7, started);
    }

    /** Starts {@code count} tasks at once; how many returned without an exception. */
    static int race(int count, java.util.function.IntFunction<Callable<Boolean>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<Boolean> work = task.apply(i);
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        return work.call();
                    } catch (TsoException e) {
                        return false;
                    }
                }));
            }
            go.countDown();
            int succeeded = 0;
            for (Future<Boolean> result : results) {
                if (result.get(30, TimeUnit.SECONDS)) {
                    succeeded++;
                }
            }
            return succeeded;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String users(int count) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < count; i++) {
            yaml.append(String.format("  U%03d:%n    password: X%n", i));
        }
        return yaml.toString();
    }
}

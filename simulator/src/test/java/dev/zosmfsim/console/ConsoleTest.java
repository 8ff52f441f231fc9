package dev.zosmfsim.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zosmfsim.clock.SimClock;
import dev.zosmfsim.zosmf.SystemIdentity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T13:17:05Z");

    @Test
    void defcnIsTheUseridCutToSixPlusCn() {
        assertEquals("ZOSMFACN", ConsoleName.resolve("defcn", "ZOSMFAD"));
        assertEquals("CJOEYCN", ConsoleName.resolve("DEFCN", "CJOEY"));
        assertEquals("COLIN99", ConsoleName.resolve("colin99", "COLIN"));
    }

    @Test
    void badConsoleNamesAreRefused() {
        for (String bad : List.of("A", "TOOLONGNAME", "9ABC", "AB-C", "AB C", "")) {
            assertThrows(ConsoleName.InvalidConsoleNameException.class, () -> ConsoleName.resolve(bad, "COLIN"), bad);
        }
    }

    @Test
    void displayTimeShowsLocalAndUtcTimeAndJulianDate() {
        SystemIdentity identity = new SystemIdentity("S0W1", "ADCDPL", "04.27.00", "27", "27.0", ZoneOffset.ofHours(-5));
        List<String> lines = new CommandRouter(List.of(new DisplayTime())).respond(OperatorCommand.parse("display time"),
                new CommandContext("COLIN", "COLIN99", NOW, identity));
        assertEquals(List.of(" IEE136I LOCAL: TIME=08.17.05 DATE=2026.329  UTC: TIME=13.17.05 DATE=2026.329"), lines);
    }

    @Test
    void anUnknownCommandGetsIee305i() {
        List<String> lines = new CommandRouter(List.of(new DisplayTime())).respond(OperatorCommand.parse("xyzzy now"),
                new CommandContext("COLIN", "COLIN99", NOW, SystemIdentity.defaults()));
        assertEquals(List.of(" IEE305I XYZZY     COMMAND INVALID"), lines);
    }

    @Test
    void theSolicitedKeyIsLookedForInTheResponse() {
        ConsoleService consoles = new ConsoleService(SimClock.manual(NOW), SystemIdentity.defaults(),
                new CommandRouter(List.of(new DisplayTime())));
        assertEquals(true, consoles.issue("COLIN", "COLIN99", "D T", "IEE136I", false).solKeyDetected().orElseThrow());
        assertEquals(false, consoles.issue("COLIN", "COLIN99", "D T", "JES", false).solKeyDetected().orElseThrow());
        assertEquals(true, consoles.issue("COLIN", "COLIN99", "D T", "IEE1[0-9]+I", true).solKeyDetected().orElseThrow());
    }
}

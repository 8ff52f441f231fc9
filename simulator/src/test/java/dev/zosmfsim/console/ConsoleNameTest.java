package dev.zosmfsim.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleNameTest {

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
    void commandWordsMayBeAbbreviatedAndAnyCase() {
        assertEquals("D", OperatorCommand.parse("display a,l").verb());
        assertEquals("A,L", OperatorCommand.parse("display a,l").operands());
        assertEquals("F", OperatorCommand.parse("MODIFY CEA,D,S").verb());
        assertEquals("C", OperatorCommand.parse("cancel colin,a=4e").verb());
    }

    @Test
    void authorityInfoAllowsDisplaysOnly() {
        assertEquals(true, ConsoleAuthority.INFO.allows(ConsoleAuthority.neededFor(OperatorCommand.parse("D T"))));
        assertEquals(false, ConsoleAuthority.INFO.allows(ConsoleAuthority.neededFor(OperatorCommand.parse("C U=X"))));
        assertEquals(true, ConsoleAuthority.SYS.allows(ConsoleAuthority.neededFor(OperatorCommand.parse("F CEA,D,S"))));
        assertEquals(true, ConsoleAuthority.MASTER.allows(ConsoleAuthority.SYS));
    }
}

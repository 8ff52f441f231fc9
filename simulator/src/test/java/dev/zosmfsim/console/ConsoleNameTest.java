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
    void processorsSayWhatTheirCommandsNeed() {
        assertEquals(CommandNeed.display("MVS.DISPLAY.TIME"), new DisplayTime().need(OperatorCommand.parse("D T")));
        assertEquals(CommandNeed.update(ConsoleAuthority.SYS, "MVS.CANCEL.TSU.COLIN"),
                new CancelCommand().need(OperatorCommand.parse("C U=COLIN")));
        assertEquals(CommandNeed.update(ConsoleAuthority.SYS, "MVS.MODIFY.STC.CEA.CEA"),
                new CeaCommands().need(OperatorCommand.parse("F CEA,D,S")));
        assertEquals(CommandNeed.update(ConsoleAuthority.SYS, "MVS.START.STC.IZUSVR1.IZUSVR1"),
                new ZosmfStartStop().need(OperatorCommand.parse("S IZUSVR1")));
    }
}

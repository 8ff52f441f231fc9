package dev.zosmfsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zosmfsim.limits.ServerLimits;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --limit NAME=VALUE}: what it reads, what it refuses, and that it changes the scenario's limits. */
class LimitOptionTest {

    private final LimitOption.Converter converter = new LimitOption.Converter();

    @Test
    void namesAWholeNumberOrADuration() {
        ServerLimits changed = LimitOption.all(List.of(converter.convert("max-connections-per-client=20"),
                converter.convert("header-timeout=5s"), converter.convert(" min-body-rate = 0 ")))
                .apply(ServerLimits.DEFAULTS);
        assertEquals(20, changed.maxConnectionsPerClient());
        assertEquals(Duration.ofSeconds(5), changed.headerTimeout());
        assertEquals(0, changed.minBodyRate());
        assertEquals(ServerLimits.DEFAULTS.maxConnections(), changed.maxConnections());
    }

    @Test
    void refusesUnknownNamesMalformedValuesAndValuesOutOfRange() {
        CommandLine.TypeConversionException unknown = assertThrows(CommandLine.TypeConversionException.class,
                () -> converter.convert("max-sockets=5"));
        assertTrue(unknown.getMessage().contains("max-connections, max-connections-per-client"), unknown.getMessage());
        assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert("idle-timeout=forever"));
        assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert("max-threads=-1"));
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> LimitOption.all(List.of(converter.convert("max-threads=2"))));
        assertEquals("max-threads must be from 8 to 10000, got 2", range.getMessage());
    }
}

package dev.zosmfsim.zosmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one rule for z/OSMF's level-dependent functions: which release has them, which APAR brings them. */
class ZosmfMaintenanceTest {

    private static final ZosLevel V2R2 = new ZosLevel(2, 2);
    private static final ZosLevel V2R3 = new ZosLevel(2, 3);
    private static final ZosLevel V2R4 = new ZosLevel(2, 4);
    private static final ZosLevel V2R5 = new ZosLevel(2, 5);
    private static final ZosLevel V3R1 = new ZosLevel(3, 1);

    @Test
    void aCurrentReleaseHasEveryFunctionItCanHave() {
        assertEquals(Set.of(ZosmfFunction.JWT, ZosmfFunction.TSO_COMMAND), ZosmfMaintenance.current(V2R4).functions());
        assertEquals(List.of("PH12143", "PH35244"), ZosmfMaintenance.current(V2R4).aparIds());
        assertEquals(Set.of(ZosmfFunction.JWT), ZosmfMaintenance.current(V2R3).functions(),
                "PH35244 is built for V2R4 only");
        assertEquals(Set.of(), ZosmfMaintenance.current(V2R2).functions(), "no APAR brings either to V2R2");
        assertEquals(List.of(), ZosmfMaintenance.current(V2R5).aparIds(), "V2R5 has both in its base");
        assertEquals(Set.of(ZosmfFunction.JWT, ZosmfFunction.TSO_COMMAND), ZosmfMaintenance.current(V3R1).functions());
    }

    @Test
    void aV2R4WithoutItsAparsHasNeitherFunction() {
        ZosmfMaintenance bare = ZosmfMaintenance.of(V2R4, List.of());
        assertFalse(bare.provides(ZosmfFunction.JWT));
        assertFalse(bare.provides(ZosmfFunction.TSO_COMMAND));
        ZosmfMaintenance jwtOnly = ZosmfMaintenance.of(V2R4, List.of("PH12143"));
        assertTrue(jwtOnly.provides(ZosmfFunction.JWT));
        assertFalse(jwtOnly.provides(ZosmfFunction.TSO_COMMAND));
    }

    @Test
    void jwtsAreBuiltWhereTheSupportIsThereAndSwitchedOn() {
        assertTrue(ZosmfMaintenance.current(V2R4).buildsJwt());
        assertFalse(ZosmfMaintenance.current(V2R4).withJwtEnabled(false).buildsJwt());
        assertFalse(ZosmfMaintenance.current(V2R2).buildsJwt(), "switched on, but no support to switch on");
        assertTrue(ZosmfMaintenance.of(V2R5, List.of()).buildsJwt());
    }

    @Test
    void aKnownPtfStandsForItsAparOnTheReleaseItIsBuiltFor() {
        assertEquals(List.of("PH12143"), ZosmfMaintenance.of(V2R4, List.of("UI66512")).aparIds());
        assertEquals(List.of("PH12143"), ZosmfMaintenance.of(V2R3, List.of("UI66511")).aparIds());
        ZosmfMaintenance.Problem wrongRelease = assertThrows(ZosmfMaintenance.Problem.class,
                () -> ZosmfMaintenance.of(V2R4, List.of("UI66511")));
        assertEquals("PTF UI66511 carries PH12143 to HSMA230, not to z/OSMF 2.4 (HSMA240)", wrongRelease.getMessage());
    }

    @Test
    void anAparTheReleaseCannotTakeIsRefusedWithTheReason() {
        assertEquals("PH35244 is built for HSMA240, not for z/OSMF 2.3 (HSMA230), which cannot have the TSO/E"
                + " command service PUT /zosmf/tsoApp/v1/tso", problem(V2R3, "PH35244").getMessage());
        assertTrue(problem(V2R5, "PH12143").getMessage().startsWith("z/OSMF 2.5 (HSMA250) has JSON Web Token support"),
                "a release that has it in its base takes no APAR for it");
        assertTrue(problem(V2R4, "PH24072").getMessage().startsWith("APAR PH24072 is not one the simulator models;"
                + " it knows PH12143 (JSON Web Token support"));
        assertTrue(problem(V2R4, "ph12143").getMessage().startsWith("expected an APAR number such as PH12143"));
        ZosmfMaintenance.Problem twice = assertThrows(ZosmfMaintenance.Problem.class,
                () -> ZosmfMaintenance.of(V2R4, List.of("PH12143", "UI66512")));
        assertEquals(1, twice.index());
        assertEquals("PH12143 is listed twice", twice.getMessage());
    }

    @Test
    void releasesAreNamedByEveryNumberZosmfUses() {
        assertEquals(Optional.of(V2R4), ZosLevel.ofZosmfVersion("27"));
        assertEquals(Optional.of(V2R4), ZosLevel.ofZosmfVersion("2.4"));
        assertEquals(Optional.of(V2R4), ZosLevel.ofZosmfVersion("V2R4"));
        assertEquals(Optional.of(V3R1), ZosLevel.ofZosmfVersion("3.1"));
        assertEquals(Optional.empty(), ZosLevel.ofZosmfVersion("2.6"));
        // a real z/OS 3.1 answers 05.29.00 (zowe zosmf check status on an IBM Z Xplore system)
        assertEquals("05.29.00", V3R1.zosVersion());
        assertEquals("HSMA310", V3R1.pluginFmid());
        assertEquals(Optional.of(V3R1), ZosLevel.ofZosVersion("05.29.00"));
        assertEquals(Optional.empty(), ZosLevel.ofZosVersion("04.29.00"), "z/OS 3 is 05.nn.00");
        assertEquals(Optional.empty(), ZosLevel.ofZosVersion("05.27.00"), "z/OS 2 is 04.nn.00");
        assertTrue(V2R4.compareTo(V2R5) < 0 && V3R1.compareTo(V2R5) > 0);
    }

    private static ZosmfMaintenance.Problem problem(ZosLevel level, String apar) {
        return assertThrows(ZosmfMaintenance.Problem.class, () -> ZosmfMaintenance.of(level, List.of(apar)));
    }
}

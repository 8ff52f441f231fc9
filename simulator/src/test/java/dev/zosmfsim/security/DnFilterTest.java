package dev.zosmfsim.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

class DnFilterTest {

    private static final X500Principal COLIN = new X500Principal("CN=COLIN,OU=USERS,O=ZOSMF-SIM");

    @Test
    void aFullFilterMatchesOnlyThatSubject() {
        assertTrue(DnFilter.parse("CN=COLIN.OU=USERS.O=ZOSMF-SIM").matches(COLIN));
        assertFalse(DnFilter.parse("CN=COLIN.OU=USERS.O=ZOSMF-SIM")
                .matches(new X500Principal("CN=JOE,OU=USERS,O=ZOSMF-SIM")));
    }

    @Test
    void aShorterFilterMatchesEverySubjectBelowIt() {
        DnFilter organisation = DnFilter.parse("OU=USERS.O=ZOSMF-SIM");
        assertTrue(organisation.matches(COLIN));
        assertTrue(organisation.matches(new X500Principal("CN=JOE,OU=USERS,O=ZOSMF-SIM")));
        assertFalse(organisation.matches(new X500Principal("CN=JOE,OU=ADMINS,O=ZOSMF-SIM")));
    }

    @Test
    void theFilterMustMatchTheLeastSpecificEndOfTheDn() {
        assertFalse(DnFilter.parse("CN=COLIN.OU=USERS").matches(COLIN), "O= is missing at the end");
    }

    @Test
    void attributeNamesIgnoreCaseValuesDoNot() {
        assertTrue(DnFilter.parse("cn=COLIN.ou=USERS.o=ZOSMF-SIM").matches(COLIN));
        assertFalse(DnFilter.parse("CN=colin.OU=USERS.O=ZOSMF-SIM").matches(COLIN));
    }

    @Test
    void periodsInsideValuesStay() {
        DnFilter filter = DnFilter.parse("CN=colin.paice.O=example.com");
        assertEquals("CN=colin.paice.O=example.com", filter.racfForm());
        assertTrue(filter.matches(new X500Principal("CN=colin.paice,O=example.com")));
    }

    @Test
    void commasAreAcceptedAndSpecificityCountsParts() {
        DnFilter filter = DnFilter.parse("CN=COLIN,OU=USERS,O=ZOSMF-SIM");
        assertEquals(3, filter.specificity());
        assertEquals(DnFilter.parse("CN=COLIN.OU=USERS.O=ZOSMF-SIM"), filter);
    }

    @Test
    void malformedFiltersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DnFilter.parse(""));
        assertThrows(IllegalArgumentException.class, () -> DnFilter.parse("COLIN"));
    }
}

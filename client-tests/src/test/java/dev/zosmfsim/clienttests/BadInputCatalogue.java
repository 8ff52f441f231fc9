package dev.zosmfsim.clienttests;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A service's bad-input catalogue: one simulator for the class, each entry of {@link #cases()} sent to it and
 * checked by {@link BadInputTarget#assertRefused}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadInputCatalogue {

    protected BadInputTarget target;

    @BeforeAll
    void startTarget() throws Exception {
        target = new BadInputTarget();
        prepare(target);
    }

    @AfterAll
    void stopTarget() {
        target.close();
    }

    /** What the service needs before the cases run (a console in use, live sessions); nothing by default. */
    void prepare(BadInputTarget target) throws Exception {
    }

    /** The catalogue. */
    abstract List<BadInput> cases();

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefused(BadInput input) throws Exception {
        refuse(input);
    }

    /** Sends one case and checks its refusal; a catalogue may check more around it. */
    void refuse(BadInput input) throws Exception {
        target.assertRefused(input);
    }
}

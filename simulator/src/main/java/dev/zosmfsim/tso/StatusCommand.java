package dev.zosmfsim.tso;

import java.util.List;
import java.util.Set;

/** {@code STATUS}: the user's batch jobs. The simulated system runs no batch jobs, so there are none to show. */
public final class StatusCommand implements TsoCommand {

    @Override
    public Set<String> names() {
        return Set.of("STATUS", "ST");
    }

    @Override
    public List<String> run(TsoCommandLine command, TsoContext context) {
        return List.of("IKJ56216I NO JOBS FOUND");
    }
}

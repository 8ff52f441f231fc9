package dev.zosmfsim.zosmf;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The z/OSMF functions whose presence depends on the release and its maintenance, each with the APAR that brings it
 * to earlier releases, the releases that APAR is built for, the PTF numbers known for it, and the release from which
 * z/OSMF has it in its base.
 *
 * <p>Mainframe facts: PH12143 (4Q 2019) gave z/OSMF V2R3 and V2R4 the authentication services
 * ({@code /zosmf/services/authenticate}, a JSON Web Token beside the LTPA token) and the JWT builder's key endpoint
 * (PTFs UI66511 for V2R3, UI66512 for V2R4); PH35244 (1H 2021) added {@code PUT /zosmf/tsoApp/v1/tso}, one request
 * that issues a TSO/E command. z/OSMF V2R5 ships both.
 */
public enum ZosmfFunction {

    /** The authentication services (log on, log off, password change), the jwtToken and the JWK endpoint. */
    JWT("PH12143", List.of(new ZosLevel(2, 3), new ZosLevel(2, 4)), new ZosLevel(2, 5),
            Map.of("UI66511", new ZosLevel(2, 3), "UI66512", new ZosLevel(2, 4)),
            "JSON Web Token support: /zosmf/services/authenticate and /jwt/ibm/api/zOSMFBuilder/jwk"),
    /** {@code PUT /zosmf/tsoApp/v1/tso}: issue one TSO/E command, the address space managed by z/OSMF. */
    TSO_COMMAND("PH35244", List.of(new ZosLevel(2, 4)), new ZosLevel(2, 5), Map.of(),
            "the TSO/E command service PUT /zosmf/tsoApp/v1/tso");

    private final Apar apar;
    private final List<ZosLevel> aparLevels;
    private final ZosLevel inBaseFrom;
    private final Map<String, ZosLevel> ptfs;
    private final String description;

    ZosmfFunction(String apar, List<ZosLevel> aparLevels, ZosLevel inBaseFrom, Map<String, ZosLevel> ptfs,
            String description) {
        this.apar = new Apar(apar);
        this.aparLevels = aparLevels;
        this.inBaseFrom = inBaseFrom;
        this.ptfs = ptfs;
        this.description = description;
    }

    /** The APAR that brings the function to the releases before {@link #inBaseFrom()}. */
    public Apar apar() {
        return apar;
    }

    /** The releases the APAR is built for. */
    public List<ZosLevel> aparLevels() {
        return aparLevels;
    }

    /** The first release that has the function without any APAR. */
    public ZosLevel inBaseFrom() {
        return inBaseFrom;
    }

    /** The PTF numbers known for the APAR, with the release each is built for. */
    public Map<String, ZosLevel> ptfs() {
        return ptfs;
    }

    public String description() {
        return description;
    }

    /** Whether {@code level} has the function in its base (no APAR needed). */
    public boolean inBase(ZosLevel level) {
        return level.compareTo(inBaseFrom) >= 0;
    }

    /** Whether the APAR can be applied to {@code level}. */
    public boolean aparAppliesTo(ZosLevel level) {
        return aparLevels.contains(level);
    }

    /** The release a known PTF of this function's APAR is built for, if {@code ptf} is one. */
    public Optional<ZosLevel> ptfLevel(String ptf) {
        return Optional.ofNullable(ptfs.get(ptf));
    }

    /** The function an APAR brings, if the simulator models it. */
    public static Optional<ZosmfFunction> byApar(Apar apar) {
        for (ZosmfFunction function : values()) {
            if (function.apar.equals(apar)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }

    /** The function a known PTF number brings. */
    public static Optional<ZosmfFunction> byPtf(String ptf) {
        for (ZosmfFunction function : values()) {
            if (function.ptfs.containsKey(ptf)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }
}

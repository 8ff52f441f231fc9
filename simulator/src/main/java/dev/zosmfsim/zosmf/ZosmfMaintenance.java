package dev.zosmfsim.zosmf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * z/OSMF's release and the APARs applied to it, and so which of the {@link ZosmfFunction}s it has: a function is
 * there when the release has it in its base, or when its APAR is applied. The one rule for what a scenario's
 * {@code zosmf.apars} may name: an APAR (or a known PTF of one) the simulator models, built for this release.
 *
 * @param level      the z/OS release z/OSMF runs on
 * @param applied    the APARs applied (those of the functions the simulator models), in the order given
 * @param jwtEnabled whether the JWT support is switched on in z/OSMF's configuration (IBM's "Enabling JSON Web
 *                   Token support": server_override.xml in place); it matters only where z/OSMF has JWT support
 */
public record ZosmfMaintenance(ZosLevel level, List<Apar> applied, boolean jwtEnabled) {

    public ZosmfMaintenance {
        applied = List.copyOf(applied);
    }

    public ZosmfMaintenance(ZosLevel level, List<Apar> applied) {
        this(level, applied, true);
    }

    /** This maintenance with the JWT support switched on or off. */
    public ZosmfMaintenance withJwtEnabled(boolean enabled) {
        return new ZosmfMaintenance(level, applied, enabled);
    }

    /**
     * Whether z/OSMF builds JSON Web Tokens: it has the JWT support and it is switched on. Then a logon sets
     * {@code jwtToken} beside {@code LtpaToken2}, and the JWT builder's key endpoint exists.
     */
    public boolean buildsJwt() {
        return jwtEnabled && provides(ZosmfFunction.JWT);
    }

    /** The release with every APAR the simulator models for it applied: a system kept current. */
    public static ZosmfMaintenance current(ZosLevel level) {
        List<Apar> applied = new ArrayList<>();
        for (ZosmfFunction function : ZosmfFunction.values()) {
            if (function.aparAppliesTo(level)) {
                applied.add(function.apar());
            }
        }
        return new ZosmfMaintenance(level, applied);
    }

    /**
     * The release with exactly {@code aparsOrPtfs} applied; each is an APAR number or a known PTF number. Throws
     * {@link Problem} naming the entry that cannot be applied and why.
     */
    public static ZosmfMaintenance of(ZosLevel level, List<String> aparsOrPtfs) {
        List<Apar> applied = new ArrayList<>();
        for (int i = 0; i < aparsOrPtfs.size(); i++) {
            Apar apar = applicable(level, aparsOrPtfs.get(i), i);
            if (applied.contains(apar)) {
                throw new Problem(i, apar + " is listed twice");
            }
            applied.add(apar);
        }
        return new ZosmfMaintenance(level, applied);
    }

    /** Whether this z/OSMF has {@code function}. */
    public boolean provides(ZosmfFunction function) {
        return function.inBase(level) || applied.contains(function.apar());
    }

    /** The functions this z/OSMF has. */
    public Set<ZosmfFunction> functions() {
        Set<ZosmfFunction> functions = EnumSet.noneOf(ZosmfFunction.class);
        for (ZosmfFunction function : ZosmfFunction.values()) {
            if (provides(function)) {
                functions.add(function);
            }
        }
        return functions;
    }

    /** The APAR numbers applied, as a scenario writes them. */
    public List<String> aparIds() {
        return applied.stream().map(Apar::id).collect(Collectors.toList());
    }

    private static Apar applicable(ZosLevel level, String text, int index) {
        String release = "z/OSMF " + level.version() + "." + level.release() + " (" + level.pluginFmid() + ")";
        if (text != null && ZosmfFunction.byPtf(text).isPresent()) {
            ZosmfFunction function = ZosmfFunction.byPtf(text).get();
            ZosLevel built = function.ptfLevel(text).orElseThrow();
            if (!built.equals(level)) {
                throw new Problem(index, "PTF " + text + " carries " + function.apar() + " to " + built.pluginFmid()
                        + ", not to " + release);
            }
            return function.apar();
        }
        if (!Apar.shaped(text)) {
            throw new Problem(index, "expected an APAR number such as PH12143 (two letters and five digits) or a"
                    + " PTF number the simulator knows (" + knownPtfs() + "), got '" + text + "'");
        }
        Apar apar = new Apar(text);
        ZosmfFunction function = ZosmfFunction.byApar(apar).orElseThrow(() -> new Problem(index, "APAR " + text
                + " is not one the simulator models; it knows " + known()));
        if (function.inBase(level)) {
            throw new Problem(index, release + " has " + function.description() + " in its base; " + apar
                    + " is for " + names(function.aparLevels()) + " only");
        }
        if (!function.aparAppliesTo(level)) {
            throw new Problem(index, apar + " is built for " + names(function.aparLevels()) + ", not for " + release
                    + ", which cannot have " + function.description());
        }
        return apar;
    }

    private static String known() {
        List<String> known = new ArrayList<>();
        for (ZosmfFunction function : ZosmfFunction.values()) {
            known.add(function.apar() + " (" + function.description() + ", for " + names(function.aparLevels())
                    + ")");
        }
        return String.join(" and ", known);
    }

    private static String knownPtfs() {
        List<String> ptfs = new ArrayList<>();
        for (ZosmfFunction function : ZosmfFunction.values()) {
            function.ptfs().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(ptf ->
                    ptfs.add(ptf.getKey() + " = " + function.apar() + " for " + ptf.getValue().pluginFmid()));
        }
        return String.join(", ", ptfs);
    }

    private static String names(List<ZosLevel> levels) {
        return levels.stream().map(ZosLevel::pluginFmid).collect(Collectors.joining(" and "));
    }

    /** An entry of the APAR list that cannot be applied; {@code index} is its place in the list. */
    public static final class Problem extends IllegalArgumentException {
        private final int index;

        Problem(int index, String message) {
            super(message);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }
}

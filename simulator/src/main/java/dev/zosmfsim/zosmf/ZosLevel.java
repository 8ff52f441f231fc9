package dev.zosmfsim.zosmf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A z/OS level (version and release, such as z/OS 2.4) and every number that names it, so that they agree:
 * {@code /zosmf/info}'s {@code zos_version} ({@code 04.27.00}) and {@code zosmf_version} ({@code 27}), the z/OSMF
 * plug-in FMID ({@code HSMA240}) and {@code D IPLINFO}'s release ({@code 02.04.00}).
 *
 * <p>Mainframe facts: z/OSMF's version counts on from V2R1 = 24 (the Zowe SDK's ZosmfConstants: V2R4 = 27,
 * V2R5 = 28, V3R1 = 29); {@code zos_version} carries the same number as its release part, after 04 for z/OS 2
 * (IBM's /zosmf/info example for z/OS 2.4 is {@code 04.27.00}) and 05 for z/OS 3 (a real z/OS 3.1 answers
 * {@code 05.29.00}); the z/OSMF FMID is HSMA and the level's digits (HSMA240 for 2.4, HSMA310 for 3.1).
 */
public record ZosLevel(int version, int release) implements Comparable<ZosLevel> {

    private static final Pattern ZOS_VERSION = Pattern.compile("0([45])\\.(\\d{2})\\.00");
    private static final Pattern DOTTED = Pattern.compile("(?:[Vv](\\d)[Rr](\\d)|(\\d)\\.(\\d))");

    public ZosLevel {
        if (version < 2 || version > 3 || release < 1 || release > 9 || version == 2 && release > 5) {
            throw new IllegalArgumentException("z/OS " + version + "." + release + " is not a level z/OSMF reports");
        }
    }

    /** z/OS 2.4, the simulator's default. */
    public static ZosLevel defaults() {
        return new ZosLevel(2, 4);
    }

    /** The level {@code zos_version} names ({@code 04.27.00}, {@code 05.29.00}), if it names one. */
    public static Optional<ZosLevel> ofZosVersion(String zosVersion) {
        Matcher matcher = ZOS_VERSION.matcher(zosVersion == null ? "" : zosVersion);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<ZosLevel> level = ofZosmfVersion(matcher.group(2));
        String prefix = matcher.group(1);
        return level.filter(named -> named.zosVersion().startsWith("0" + prefix));
    }

    /**
     * The level z/OSMF's version names: {@code zosmf_version} as /zosmf/info has it ({@code 27}), or the release
     * written as people write it ({@code 2.4}, {@code V2R4}); empty if it names none.
     */
    public static Optional<ZosLevel> ofZosmfVersion(String zosmfVersion) {
        if (zosmfVersion == null) {
            return Optional.empty();
        }
        Matcher dotted = DOTTED.matcher(zosmfVersion);
        try {
            if (dotted.matches()) {
                int version = Integer.parseInt(dotted.group(1) != null ? dotted.group(1) : dotted.group(3));
                int release = Integer.parseInt(dotted.group(2) != null ? dotted.group(2) : dotted.group(4));
                return Optional.of(new ZosLevel(version, release));
            }
            if (!zosmfVersion.matches("\\d{2}")) {
                return Optional.empty();
            }
            int number = Integer.parseInt(zosmfVersion);
            return Optional.of(number <= 28 ? new ZosLevel(2, number - 23) : new ZosLevel(3, number - 28));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The level a scenario chooses with {@code zosVersion} ({@code 04.28.00}) or {@code zosmfVersion} ({@code 28},
     * {@code 2.5}); empty when it names none. The scenario's checks refuse a value that names no level and two that
     * disagree.
     */
    public static Optional<ZosLevel> chosen(String zosVersion, String zosmfVersion) {
        return zosVersion != null ? ofZosVersion(zosVersion) : ofZosmfVersion(zosmfVersion);
    }

    /** {@code zosmf_version}: 27 for z/OS 2.4. */
    public String zosmfVersion() {
        return Integer.toString(version == 2 ? 23 + release : 28 + release);
    }

    /** {@code zosmf_full_version}: 27.0 for z/OS 2.4. */
    public String zosmfFullVersion() {
        return zosmfVersion() + ".0";
    }

    /** {@code zos_version}: 04.27.00 for z/OS 2.4, 05.29.00 for z/OS 3.1. */
    public String zosVersion() {
        return "0" + (version + 2) + "." + zosmfVersion() + ".00";
    }

    /** The z/OSMF FMID its plug-ins report as their version: HSMA240 for z/OS 2.4. */
    public String pluginFmid() {
        return "HSMA" + version + release + "0";
    }

    /** The release as D IPLINFO (IEE254I) shows it: 02.04.00 for z/OS 2.4. */
    public String iplRelease() {
        return String.format("%02d.%02d.00", version, release);
    }

    /** Whether IEE254I has its VALIDATED BOOT line (Zowe's D IPLINFO pattern has it; the z/OS 2.3 capture does not). */
    public boolean showsValidatedBoot() {
        return version > 2 || release >= 4;
    }

    @Override
    public int compareTo(ZosLevel other) {
        return version != other.version ? Integer.compare(version, other.version)
                : Integer.compare(release, other.release);
    }

    @Override
    public String toString() {
        return "z/OS " + version + "." + release;
    }
}

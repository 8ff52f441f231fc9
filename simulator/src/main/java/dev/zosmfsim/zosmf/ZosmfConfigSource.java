package dev.zosmfsim.zosmf;

/**
 * Where z/OSMF's configured settings live: parmlib member IZUPRMxx. z/OSMF reads it at each start; changing a
 * setting writes it.
 */
public interface ZosmfConfigSource {

    /** The settings the member holds now; {@code current} gives what the member does not say. */
    ZosmfSettings read(ZosmfSettings current);

    /** Writes {@code settings} into the member. */
    void write(ZosmfSettings settings);
}

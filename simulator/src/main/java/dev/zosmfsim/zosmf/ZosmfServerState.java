package dev.zosmfsim.zosmf;

import java.util.Objects;

/**
 * Whether z/OSMF (started task IZUSVR1) runs, and its IZUPRMxx settings: the ones in force, and the ones configured
 * for the next start. A changed setting takes effect only when z/OSMF is restarted, as on z/OS.
 */
public final class ZosmfServerState {

    private ZosmfSettings inForce;
    private ZosmfSettings configured;
    private boolean running;
    private int starts;
    private ZosmfConfigSource source;

    /** z/OSMF started with the system, as it is when IZUSVR1 is started automatically at IPL. */
    public ZosmfServerState(ZosmfSettings settings) {
        this(settings, true);
    }

    /** {@code running} false: IZUSVR1 was not started at IPL; every request gets 503 until S IZUSVR1. */
    public ZosmfServerState(ZosmfSettings settings, boolean running) {
        this.inForce = Objects.requireNonNull(settings, "settings");
        this.configured = settings;
        this.running = running;
        this.starts = running ? 1 : 0;
    }

    public synchronized ZosmfSettings inForce() {
        return inForce;
    }

    /** The settings z/OSMF would start with now: IZUPRMxx as it reads now, once a member holds them. */
    public synchronized ZosmfSettings configured() {
        if (source != null) {
            configured = source.read(configured);
        }
        return configured;
    }

    /** Keeps the configured settings in {@code member} (IZUPRMxx) from now on, writing the current ones into it. */
    public synchronized void keepIn(ZosmfConfigSource member) {
        this.source = Objects.requireNonNull(member, "member");
        member.write(configured);
    }

    /** Changes IZUPRMxx; z/OSMF reads it at its next start. */
    public synchronized void configure(ZosmfSettings settings) {
        this.configured = Objects.requireNonNull(settings, "settings");
        if (source != null) {
            source.write(settings);
        }
    }

    /** Changes the settings in force at once (used while the system is being built). */
    public synchronized void configureNow(ZosmfSettings settings) {
        configure(settings);
        this.inForce = settings;
    }

    public synchronized boolean running() {
        return running;
    }

    /** P IZUSVR1. Returns false if it was not running. */
    public synchronized boolean stop() {
        boolean was = running;
        running = false;
        return was;
    }

    /** S IZUSVR1: starts z/OSMF with the configured settings. Returns false if it was running already. */
    public synchronized boolean start() {
        if (running) {
            return false;
        }
        inForce = configured();
        running = true;
        starts++;
        return true;
    }

    /** How many times z/OSMF has started since IPL. */
    public synchronized int starts() {
        return starts;
    }
}

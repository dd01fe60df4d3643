package io.podium.wiring;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * SnapStart priming: a CRaC resource whose {@code beforeCheckpoint} runs a function's request path once, reading
 * but never writing, before Lambda snapshots the initialized JVM. The classes that path loads and the SDK client's
 * lazily built state (endpoint rules, signer, marshallers, HTTP classes) are then in the snapshot instead of being
 * paid by the first request after a restore.
 *
 * <p>Registering is cheap and is all that happens off SnapStart: Lambda's java runtimes implement the CRaC API
 * (they set {@code org.crac.Core.Compat}), elsewhere org.crac finds no implementation and registers nothing, so the
 * primer never runs in tests or in the local runtime.
 */
public final class SnapStartPriming implements Resource {
    /** org.crac holds resources weakly; these strong references keep them registered for the JVM's life. */
    private static final List<SnapStartPriming> REGISTERED = new CopyOnWriteArrayList<>();

    private final String name;
    private final Runnable primer;

    private SnapStartPriming(String name, Runnable primer) {
        this.name = name;
        this.primer = primer;
    }

    /** Registers {@code primer} to run before the checkpoint; call it once per class, from static initialization. */
    public static SnapStartPriming register(String name, Runnable primer) {
        SnapStartPriming priming = new SnapStartPriming(name, primer);
        REGISTERED.add(priming);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    /** What this JVM registered: the benchmark runs them as SnapStart would, outside Lambda. */
    public static List<SnapStartPriming> registered() {
        return List.copyOf(REGISTERED);
    }

    public String name() {
        return name;
    }

    /** Runs the primer now, failures included (for tests; SnapStart calls {@link #beforeCheckpoint}). */
    public void prime() {
        primer.run();
    }

    /**
     * Runs the primer. A failure is logged, never thrown: priming only saves time, and an exception here would fail
     * the snapshot and with it the publication of the version.
     */
    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            prime();
        } catch (RuntimeException fault) {
            System.err.println("SnapStart priming " + name + " failed; the first request pays for it: " + fault);
        }
    }

    /**
     * Nothing to do: priming keeps no state of its own. The SDK's cached credentials refresh on expiry, and an HTTP
     * connection the primer left open is dropped by the JDK's keep-alive timeout, or retried by the SDK if stale.
     */
    @Override
    public void afterRestore(Context<? extends Resource> context) {
    }

    @Override
    public String toString() {
        return "SnapStartPriming[" + name + "]";
    }
}

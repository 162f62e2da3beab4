package app.farol.ui.common;

import javax.swing.SwingUtilities;

/**
 * Thread guards (after jadx's {@code UiUtils.uiThreadGuard}): a step meant for the event thread
 * that runs elsewhere, or background work that runs on it, throws at once instead of causing a
 * rare race or a frozen window. Active when assertions are on (tests run with {@code -ea}) or
 * with {@code -Dfarol.threadGuard=true}; otherwise free.
 */
public final class UiThreads {
    private static final boolean ACTIVE =
            Boolean.getBoolean("farol.threadGuard") || UiThreads.class.desiredAssertionStatus();

    private UiThreads() {}

    public static boolean active() {
        return ACTIVE;
    }

    /** Throws when called off the event thread. */
    public static void requireEventThread(String what) {
        if (ACTIVE && !SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException(what + " must run on the event thread, not on "
                    + Thread.currentThread().getName());
        }
    }

    /** Throws when called on the event thread. */
    public static void requireBackground(String what) {
        if (ACTIVE && SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException(what + " must not run on the event thread");
        }
    }
}

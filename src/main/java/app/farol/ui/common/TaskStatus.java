package app.farol.ui.common;

/**
 * How a background task ended; each task ends exactly once (after jadx's {@code TaskStatus}).
 * Only {@link #DONE} runs the result step and only {@link #FAILED} and {@link #TIMED_OUT} the
 * error step, so a task cancelled while it fails can never disturb what the user started next.
 */
public enum TaskStatus {
    DONE,
    CANCELLED,
    FAILED,
    TIMED_OUT
}

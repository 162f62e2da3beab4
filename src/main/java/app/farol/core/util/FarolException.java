package app.farol.core.util;

/**
 * The one application exception: its message is written for a person and names what was at
 * fault (a file, an argument, the index). Front ends show the message, never a stack trace.
 */
public class FarolException extends RuntimeException {
    public FarolException(String message) {
        super(message);
    }

    public FarolException(String message, Throwable cause) {
        super(message, cause);
    }
}

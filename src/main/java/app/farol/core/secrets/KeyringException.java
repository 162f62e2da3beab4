package app.farol.core.secrets;

import app.farol.core.util.FarolException;

/** The keyring refused or could not be reached; the message says what to do. */
public final class KeyringException extends FarolException {
    public KeyringException(String message) {
        super(message);
    }
}

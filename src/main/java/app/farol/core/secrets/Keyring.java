package app.farol.core.secrets;

import java.util.Optional;

/**
 * The operating system's store of secrets (on Linux the Secret Service of GNOME Keyring, KDE
 * Wallet or KeePassXC): where Farol keeps an API key or a server password a person typed, so it
 * is never written in clear to settings.json. Each secret is found by its account name, e.g.
 * {@code model-server http://gpu-box:8000/v1}.
 */
public interface Keyring {

    /** The secret saved for this account, if any. */
    Optional<String> find(String account);

    /**
     * Saves (or replaces) the secret of this account.
     *
     * @throws KeyringException with a sentence saying what to do when the keyring refuses
     */
    void save(String account, String secret);

    /** Forgets the account's secret; nothing happens if there is none. */
    void remove(String account);

    /** Whether secrets can be kept at all; when not, {@link #unavailableReason()} says why. */
    boolean available();

    /** Why there is no keyring here and what to do, or "" when there is one. */
    String unavailableReason();

    /** A keyring that keeps nothing, for systems without one. */
    static Keyring none(String reason) {
        return new Keyring() {
            @Override
            public Optional<String> find(String account) {
                return Optional.empty();
            }

            @Override
            public void save(String account, String secret) {
                throw new KeyringException(reason);
            }

            @Override
            public void remove(String account) {}

            @Override
            public boolean available() {
                return false;
            }

            @Override
            public String unavailableReason() {
                return reason;
            }
        };
    }
}

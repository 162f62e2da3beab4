package app.farol.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface's words, from {@code app/farol/ui/texts*.properties} (English and Portuguese).
 * The language is chosen once at start; a change in the settings applies at the next start.
 */
public final class Texts {
    private static volatile ResourceBundle bundle = load(Locale.getDefault());
    private static volatile Locale locale = Locale.getDefault();

    private Texts() {}

    /** Uses the language with this code ("en", "pt"), or the system's for "". */
    public static void use(String code) {
        Locale l = code == null || code.isBlank() ? Locale.getDefault() : Locale.of(code);
        locale = l;
        bundle = load(l);
    }

    public static Locale locale() {
        return locale;
    }

    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing text shows its key rather than failing the window
        }
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    private static ResourceBundle load(Locale l) {
        // English is the base bundle: a system in another language falls back to it, not to pt.
        return ResourceBundle.getBundle(
                "app.farol.ui.texts",
                l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

package app.farol.ui.common;

import app.farol.core.settings.Settings.Theme;
import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.util.Locale;
import javax.swing.UIManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the FlatLaf theme, falling back to the light one if that fails (as FlatLaf's demo
 * does). Call on the event thread.
 */
public final class UiTheme {
    private static final Logger LOG = LoggerFactory.getLogger(UiTheme.class);

    private static boolean registered;

    private UiTheme() {}

    /** Sets the look and feel before any window exists. */
    public static void setup(Theme theme) {
        if (!registered) {
            FlatLaf.registerCustomDefaultsSource("app.farol.ui");
            registered = true;
        }
        UIManager.put("TitlePane.unifiedBackground", true);
        try {
            if (dark(theme)) {
                FlatDarkLaf.setup();
            } else {
                FlatLightLaf.setup();
            }
        } catch (RuntimeException e) {
            LOG.warn("Theme {} could not be applied: {}", theme, e.getMessage());
            FlatLightLaf.setup();
        }
    }

    /** Switches the theme of open windows. */
    public static void switchTo(Theme theme) {
        setup(theme);
        FlatLaf.updateUI();
    }

    public static boolean isDark() {
        return FlatLaf.isLafDark();
    }

    /**
     * Whether the theme means dark. "Follow system" reads the desktop's GTK theme name (Linux) or
     * the usual environment hint; it is light when the system does not say.
     */
    public static boolean dark(Theme theme) {
        return switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> {
                String gtk = System.getenv("GTK_THEME");
                yield gtk != null && gtk.toLowerCase(Locale.ROOT).contains("dark");
            }
        };
    }
}

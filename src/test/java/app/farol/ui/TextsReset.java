package app.farol.ui;

import app.farol.ui.common.Texts;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts every test class in the system's language, whatever language the class before it chose
 * ({@link Texts} is global, as in the app, where it is chosen once at start). Registered for all
 * classes through JUnit's extension auto-detection (src/test/resources/META-INF/services).
 */
public final class TextsReset implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        Texts.use("");
    }
}

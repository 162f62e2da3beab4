package app.farol.app;

import app.farol.core.settings.SettingsStore;

/** Opens the desktop app on the user's settings and exits when its window has closed. */
final class DesktopLauncher {
    private DesktopLauncher() {}

    static void launch() {
        DesktopApp app = DesktopApp.start(SettingsStore.standard());
        app.closed().thenRun(() -> System.exit(0));
    }
}

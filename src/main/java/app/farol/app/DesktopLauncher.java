package app.farol.app;

import app.farol.core.settings.SettingsStore;

/** Opens the desktop app on the user's settings and exits when its window has closed. */
final class DesktopLauncher {
    private DesktopLauncher() {}

    static void launch() {
        DesktopApp app = DesktopApp.start(SettingsStore.standard());
        // Ended from outside (logout, kill): commit what was indexed and release the index.
        Runtime.getRuntime().addShutdownHook(new Thread(app::shutdown, "farol-shutdown"));
        // Exit on another thread: when the hook above completes `closed`, exit must not run inside it.
        app.closed()
                .thenRunAsync(
                        () -> System.exit(0), r -> Thread.ofPlatform().daemon().start(r));
    }
}

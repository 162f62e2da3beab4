package app.farol.ui.common;

import app.farol.core.util.DisplayNames;
import app.farol.core.util.FarolException;
import app.farol.core.util.SystemOpen;
import java.awt.Component;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import javax.swing.JOptionPane;

/**
 * Opens a file, or shows it in its folder, with the system's own apps, off the event thread.
 * Only document types open with one click: anything else (a script, a launcher, a web page)
 * could run or fetch, so the folder is offered instead.
 */
public final class SystemApps {
    private SystemApps() {}

    /** Opens {@code file} with the system's app for it; call on the event thread. */
    public static void open(Component parent, BackgroundExecutor executor, Path file) {
        if (!SystemOpen.isDocument(file)) {
            int choice = JOptionPane.showConfirmDialog(
                    parent,
                    Texts.format("safeapp.open.notDocument", DisplayNames.safe(file.getFileName())),
                    Texts.get("app.name"),
                    JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.WARNING_MESSAGE);
            if (choice == JOptionPane.OK_OPTION) {
                reveal(parent, executor, file);
            }
            return;
        }
        run(parent, executor, file, false);
    }

    /** Shows {@code file} in its folder; call on the event thread. */
    public static void reveal(Component parent, BackgroundExecutor executor, Path file) {
        run(parent, executor, file, true);
    }

    private static void run(Component parent, BackgroundExecutor executor, Path file, boolean folder) {
        executor.submit(
                folder ? "show in folder" : "open file",
                c -> {
                    if (!Desktop.isDesktopSupported()) {
                        throw new FarolException(Texts.get("sources.noDesktop"));
                    }
                    Desktop d = Desktop.getDesktop();
                    try {
                        if (folder && d.isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
                            d.browseFileDirectory(file.toFile());
                        } else if (d.isSupported(Desktop.Action.OPEN)) {
                            d.open(folder ? file.getParent().toFile() : file.toFile());
                        } else {
                            throw new FarolException(Texts.get("sources.noDesktop"));
                        }
                    } catch (IOException | IllegalArgumentException e) {
                        throw new FarolException(Texts.format(
                                "sources.openFailed", DisplayNames.safe(file.getFileName()), e.getMessage()));
                    }
                    return Boolean.TRUE;
                },
                ok -> {},
                message -> JOptionPane.showMessageDialog(
                        parent, message, Texts.get("app.name"), JOptionPane.WARNING_MESSAGE));
    }
}

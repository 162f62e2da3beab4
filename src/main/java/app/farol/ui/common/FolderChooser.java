package app.farol.ui.common;

import com.formdev.flatlaf.ui.FlatNativeLinuxLibrary;
import com.formdev.flatlaf.ui.FlatNativeMacLibrary;
import com.formdev.flatlaf.ui.FlatNativeWindowsLibrary;
import com.formdev.flatlaf.util.SystemFileChooser;
import com.formdev.flatlaf.util.SystemInfo;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.UIManager;

/**
 * Asks for one folder: the platform's own folder dialog where FlatLaf offers one (GTK 3,
 * Windows, macOS), otherwise a Swing chooser without the "Files of Type" row, which means
 * nothing when only folders can be picked.
 */
public final class FolderChooser {
    /** FlatLaf's switch; {@code false} turns the platform dialog off (and so picks the Swing one here). */
    static final String USE_SYSTEM = "flatlaf.useSystemFileChooser";

    private FolderChooser() {}

    /** The folder the person picked, or empty when they cancelled. */
    public static Optional<Path> choose(Component parent, String title) {
        if (platformDialog()) {
            SystemFileChooser chooser = new SystemFileChooser();
            chooser.setFileSelectionMode(SystemFileChooser.DIRECTORIES_ONLY);
            chooser.setDialogTitle(title);
            return chooser.showOpenDialog(parent) == SystemFileChooser.APPROVE_OPTION
                    ? Optional.of(chooser.getSelectedFile().toPath())
                    : Optional.empty();
        }
        JFileChooser chooser = new JFileChooser();
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setAcceptAllFileFilterUsed(false);
        chooser.setDialogTitle(title);
        hideFileTypes(chooser);
        return chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION
                ? Optional.of(chooser.getSelectedFile().toPath())
                : Optional.empty();
    }

    /** Mirrors SystemFileChooser's own choice of provider, so the fallback is ours, not its stock one. */
    private static boolean platformDialog() {
        if (!Boolean.parseBoolean(System.getProperty(USE_SYSTEM, "true"))) {
            return false;
        }
        if (SystemInfo.isLinux) {
            return FlatNativeLinuxLibrary.isLoaded() && FlatNativeLinuxLibrary.isGtk3Available();
        }
        if (SystemInfo.isWindows_10_orLater) {
            return FlatNativeWindowsLibrary.isLoaded();
        }
        return SystemInfo.isMacOS && FlatNativeMacLibrary.isLoaded();
    }

    /** The Metal/FlatLaf chooser puts the label and its combo in one row panel: hide that row. */
    private static void hideFileTypes(Container root) {
        String label = UIManager.getString("FileChooser.filesOfTypeLabelText", root.getLocale());
        for (Component c : root.getComponents()) {
            if (c instanceof JLabel l && label != null && label.equals(l.getText())) {
                l.getParent().setVisible(false);
            } else if (c instanceof Container child) {
                hideFileTypes(child);
            }
        }
    }
}

package app.farol.app;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;

/** Opens the desktop window. */
final class DesktopLauncher {
    private DesktopLauncher() {}

    static void launch() {
        SwingUtilities.invokeLater(() -> {
            com.formdev.flatlaf.FlatLightLaf.setup();
            JFrame frame = new JFrame("Farol");
            frame.add(new JLabel("Farol: the desktop app is coming. Meanwhile, use ./farol --help", SwingConstants.CENTER));
            frame.setSize(900, 600);
            frame.setLocationRelativeTo(null);
            frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            frame.setVisible(true);
        });
    }
}

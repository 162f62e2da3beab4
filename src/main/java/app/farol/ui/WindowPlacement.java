package app.farol.ui;

import app.farol.core.settings.Settings.WindowBounds;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;

/** Restores and records the window's place, keeping it on a screen that still exists. */
final class WindowPlacement {
    private WindowPlacement() {}

    static void restore(MainWindow w, WindowBounds b) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        if (b == null
                || b.width() < 400
                || b.height() < 300
                || !screen.intersects(new Rectangle(b.x(), b.y(), b.width(), b.height()))) {
            w.setSize(Math.min(1200, screen.width), Math.min(760, screen.height));
            w.setLocationRelativeTo(null);
            return;
        }
        w.setBounds(b.x(), b.y(), Math.min(b.width(), screen.width), Math.min(b.height(), screen.height));
        if (b.maximized()) {
            w.setExtendedState(Frame.MAXIMIZED_BOTH);
        }
    }

    static WindowBounds of(MainWindow w) {
        Rectangle r = w.getBounds();
        return new WindowBounds(r.x, r.y, r.width, r.height, w.isMaximized());
    }
}

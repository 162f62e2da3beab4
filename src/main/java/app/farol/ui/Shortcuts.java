package app.farol.ui;

import app.farol.ui.Navigation.View;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.KeyEvent;
import javax.swing.SwingUtilities;

/**
 * Window-wide keys: Esc stops an answer, Ctrl+F search, Ctrl+L library, Ctrl+K ask (Enter asks in
 * the question box). They are caught before the focused component sees them, because text
 * components have bindings of their own for some of these keys.
 */
final class Shortcuts {
    private Shortcuts() {}

    static void install(MainWindow w) {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(e -> {
            Window source = SwingUtilities.getWindowAncestor(e.getComponent());
            if (source != w && e.getComponent() != w) {
                return false; // dialogs keep their own keys (Esc closes them)
            }
            if (e.isControlDown() && !e.isAltDown() && !e.isShiftDown()) {
                View target =
                        switch (e.getKeyCode() != KeyEvent.VK_UNDEFINED ? e.getKeyCode() : upper(e.getKeyChar())) {
                            case KeyEvent.VK_F -> View.SEARCH;
                            case KeyEvent.VK_L -> View.LIBRARY;
                            case KeyEvent.VK_K -> View.ASK;
                            default -> null;
                        };
                if (target != null) {
                    if (e.getID() == KeyEvent.KEY_PRESSED) {
                        w.showView(target);
                    }
                    e.consume();
                    return true;
                }
            }
            if (e.getID() == KeyEvent.KEY_PRESSED
                    && e.getKeyCode() == KeyEvent.VK_ESCAPE
                    && w.askPanel().isAnswering()) {
                w.askPanel().stop();
                e.consume();
                return true;
            }
            return false;
        });
    }

    /** A typed control character (Ctrl+F arrives as 0x06) as the key code of its letter. */
    private static int upper(char c) {
        return c >= 1 && c <= 26 ? 'A' + c - 1 : Character.toUpperCase(c);
    }
}

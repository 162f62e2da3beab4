package app.farol.ui.common;

import java.awt.Component;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * Renderers that show text as text. Swing renders any label text that starts with "&lt;html&gt;"
 * as HTML, images included; file names, titles and reasons come from documents, so wherever they
 * are shown HTML is switched off, and before the first text is set (the switch is only read when
 * the text changes).
 */
public final class PlainText {
    /** The client property that turns Swing's HTML rendering off for a component. */
    public static final String HTML_DISABLE = "html.disable";

    private PlainText() {}

    /** A list renderer that shows {@code text.apply(value)} as plain text. */
    public static DefaultListCellRenderer list(Function<Object, String> text) {
        DefaultListCellRenderer r = new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, v == null ? "" : text.apply(v), i, s, f);
            }
        };
        r.putClientProperty(HTML_DISABLE, Boolean.TRUE);
        return r;
    }

    /** A table renderer that shows values as plain text. */
    public static DefaultTableCellRenderer table() {
        DefaultTableCellRenderer r = new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object v, boolean s, boolean f, int row, int col) {
                return super.getTableCellRendererComponent(t, v, s, f, row, col);
            }
        };
        r.putClientProperty(HTML_DISABLE, Boolean.TRUE);
        return r;
    }
}

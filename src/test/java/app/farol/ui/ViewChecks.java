package app.farol.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JLayeredPane;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.text.JTextComponent;

/**
 * What the view tests look for in a real window: components laid over each other, texts cut
 * (a label, button or table header narrower than its text needs, or running past its parent's
 * edge), texts of the other language, and WCAG contrast. Call on the event thread.
 */
final class ViewChecks {
    private ViewChecks() {}

    /** Pairs of visible siblings whose bounds overlap, as "name(a) / name(b)". */
    static List<String> overlaps(Container root) {
        List<String> found = new ArrayList<>();
        overlaps(root, found);
        return found;
    }

    private static void overlaps(Container c, List<String> found) {
        List<Component> shown = new ArrayList<>();
        for (Component child : c.getComponents()) {
            if (child.isVisible() && child.getWidth() > 0 && child.getHeight() > 0) {
                shown.add(child);
            }
        }
        // The layered pane holds the content and pop-ups (tooltips) above it: layers, not a layout.
        if (!(c instanceof JLayeredPane) && !(c instanceof JViewport)) {
            for (int i = 0; i < shown.size(); i++) {
                for (int j = i + 1; j < shown.size(); j++) {
                    Rectangle a = shown.get(i).getBounds();
                    Rectangle b = shown.get(j).getBounds();
                    Rectangle both = a.intersection(b);
                    if (both.width > 1 && both.height > 1) { // sharing a one-pixel edge is not lying over
                        found.add(describe(shown.get(i)) + " " + a + " / " + describe(shown.get(j)) + " " + b + " in "
                                + describe(c));
                    }
                }
            }
        }
        for (Component child : shown) {
            if (child instanceof Container k) {
                overlaps(k, found);
            }
        }
    }

    /** Texts shown cut: labels and buttons narrower than they need or past their parent's edge, table headers too narrow. */
    static List<String> clipped(Container root) {
        List<String> found = new ArrayList<>();
        clipped(root, found);
        return found;
    }

    private static void clipped(Component c, List<String> found) {
        if (!c.isShowing()) {
            return;
        }
        String text = text(c);
        if (text != null && !text.isBlank() && !(c instanceof JTextComponent)) {
            int needed = c.getPreferredSize().width;
            if (c.getWidth() < needed) {
                found.add("'" + text + "' " + c.getWidth() + " px of " + needed + " (" + describe(c) + ")");
            }
        }
        Container parent = c.getParent();
        if (text != null && !text.isBlank() && parent != null && !(parent instanceof JViewport)) {
            if (c.getX() < 0
                    || c.getX() + c.getWidth() > parent.getWidth() + 1
                    || c.getY() < 0
                    || c.getY() + c.getHeight() > parent.getHeight() + 1) {
                found.add("'" + text + "' runs past its parent's edge: " + c.getBounds() + " in " + parent.getSize()
                        + " px (" + describe(c) + ")");
            }
        }
        if (c instanceof JTable t
                && t.getTableHeader() != null
                && t.getTableHeader().isShowing()) {
            for (int i = 0; i < t.getColumnCount(); i++) {
                TableColumn column = t.getColumnModel().getColumn(i);
                TableCellRenderer r = column.getHeaderRenderer() != null
                        ? column.getHeaderRenderer()
                        : t.getTableHeader().getDefaultRenderer();
                int needed = r.getTableCellRendererComponent(t, column.getHeaderValue(), false, false, -1, i)
                        .getPreferredSize()
                        .width;
                if (column.getWidth() < needed) {
                    found.add("header '" + column.getHeaderValue() + "' " + column.getWidth() + " px of " + needed
                            + " (" + describe(t) + ")");
                }
            }
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                clipped(child, found);
            }
        }
    }

    /**
     * Texts shown in the window that are English bundle texts whose Portuguese differs (or keys
     * with no text): a view that was not translated, or built before the language was set.
     */
    static List<String> untranslated(Container root, ResourceBundle en, ResourceBundle pt) {
        List<Pattern> english = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Enumeration<String> e = en.getKeys(); e.hasMoreElements(); ) {
            String key = e.nextElement();
            keys.add(key);
            String a = en.getString(key);
            String b = pt.containsKey(key) ? pt.getString(key) : "";
            if (!a.isBlank() && !a.equals(b) && !pattern(a).matcher(b).matches()) {
                english.add(pattern(a));
            }
        }
        List<String> found = new ArrayList<>();
        for (String t : texts(root)) {
            if (keys.contains(t)) {
                found.add("a key without text: " + t);
            }
            for (Pattern p : english) {
                if (p.matcher(t).matches()) {
                    found.add("English: '" + t + "'");
                    break;
                }
            }
        }
        return found;
    }

    /** A bundle text as a pattern: its {n} arguments match anything. */
    private static Pattern pattern(String bundleText) {
        StringBuilder p = new StringBuilder();
        for (String part : bundleText.split("\\{[^}]*}", -1)) {
            if (!p.isEmpty()) {
                p.append(".*");
            }
            p.append(Pattern.quote(part));
        }
        return Pattern.compile(p.toString(), Pattern.DOTALL);
    }

    /** Every text the window shows in labels, buttons, text areas used as labels, tooltips and table headers. */
    static List<String> texts(Container root) {
        List<String> all = new ArrayList<>();
        texts(root, all);
        return all;
    }

    private static void texts(Component c, List<String> all) {
        if (!c.isVisible()) {
            return;
        }
        String t = text(c);
        if (t != null && !t.isBlank()) {
            all.add(t.strip());
        }
        if (c instanceof JComponent j && j.getToolTipText() != null && !(c instanceof JTable)) {
            all.add(j.getToolTipText());
        }
        if (c instanceof JTable table) {
            for (int i = 0; i < table.getColumnCount(); i++) {
                all.add(String.valueOf(table.getColumnModel().getColumn(i).getHeaderValue()));
            }
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                texts(child, all);
            }
        }
    }

    private static String text(Component c) {
        if (c instanceof JLabel l) {
            return l.getText();
        }
        if (c instanceof AbstractButton b) {
            return b.getText();
        }
        if (c instanceof app.farol.ui.common.WrappingLabel w) {
            return w.getText();
        }
        return null;
    }

    static String describe(Component c) {
        String name = c.getName() != null ? c.getName() : c.getClass().getSimpleName();
        String text = text(c);
        return text == null ? name : name + " '" + text + "'";
    }

    /** The WCAG 2 contrast ratio of two colours (1 to 21). */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}

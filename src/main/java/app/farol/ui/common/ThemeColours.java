package app.farol.ui.common;

import app.farol.core.settings.Settings.Theme;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics;
import java.awt.Insets;
import java.awt.Window;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JTextPane;
import javax.swing.UIManager;
import javax.swing.border.AbstractBorder;
import javax.swing.border.Border;
import javax.swing.text.AttributeSet;
import javax.swing.text.Element;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

/**
 * Colours that come from the theme's own keys ({@code Farol.*} in the FlatLaf properties, or
 * FlatLaf's keys) and follow a live theme switch. Swing's {@code updateUI} resets only the
 * colours a look and feel installed itself; a colour set by code ("muted" grey on a label, a
 * highlight in a styled document) would keep the old theme's value, so light text ends up on a
 * pale highlight. {@link #switchTo} re-applies every such colour from the new theme:
 *
 * <ul>
 *   <li>components marked with {@link #foreground}/{@link #background} get their key's new value;
 *   <li>components and styled-text runs whose colour equals a {@code Farol.*} colour of the old
 *       theme (set by code that does not mark them) are marked, then given the key's new value.
 * </ul>
 *
 * Event thread only.
 */
public final class ThemeColours {
    private static final String FOREGROUND = "farol.foregroundKey";
    private static final String BACKGROUND = "farol.backgroundKey";

    private ThemeColours() {}

    /** The theme's colour for {@code key}; grey when the theme does not define it. */
    public static Color colour(String key) {
        Color c = UIManager.getColor(key);
        return c == null ? Color.GRAY : c;
    }

    /** Gives {@code c} the foreground of {@code key}, now and after every theme switch. */
    public static <T extends JComponent> T foreground(T c, String key) {
        c.putClientProperty(FOREGROUND, key);
        c.setForeground(colour(key));
        return c;
    }

    /** Gives {@code c} the background of {@code key}, now and after every theme switch. */
    public static <T extends JComponent> T background(T c, String key) {
        c.putClientProperty(BACKGROUND, key);
        c.setBackground(colour(key));
        return c;
    }

    /** A one-pixel line along the top, in the theme's border colour at the time it is painted. */
    public static Border topLine() {
        return new AbstractBorder() {
            @Override
            public void paintBorder(Component c, Graphics g, int x, int y, int width, int height) {
                g.setColor(colour("Component.borderColor"));
                g.fillRect(x, y, width, 1);
            }

            @Override
            public Insets getBorderInsets(Component c, Insets insets) {
                insets.set(1, 0, 0, 0);
                return insets;
            }
        };
    }

    /** A styled-text run whose colour came from a theme key. */
    private record Run(StyledDocument doc, int start, int length, Object attribute, String key) {}

    /** Switches the theme of {@code windows} and re-applies every theme colour in them. */
    public static void switchTo(Theme theme, List<? extends Window> windows) {
        Map<Color, String> old = farolColours();
        List<Run> runs = new ArrayList<>();
        for (Window w : windows) {
            mark(w, old, runs);
        }
        UiTheme.switchTo(theme);
        for (Window w : windows) {
            apply(w);
        }
        for (Run r : runs) {
            SimpleAttributeSet a = new SimpleAttributeSet();
            a.addAttribute(r.attribute(), colour(r.key()));
            r.doc().setCharacterAttributes(r.start(), r.length(), a, false);
        }
    }

    /** The current theme's {@code Farol.*} colours, by value (the first key wins a tie). */
    private static Map<Color, String> farolColours() {
        Map<Color, String> byColour = new HashMap<>();
        UIManager.getLookAndFeelDefaults().keySet().stream()
                .filter(k -> k instanceof String s && s.startsWith("Farol."))
                .map(String.class::cast)
                .sorted()
                .forEach(k -> {
                    if (UIManager.get(k) instanceof Color c) {
                        byColour.putIfAbsent(new Color(c.getRGB(), true), k);
                    }
                });
        return byColour;
    }

    private static void mark(Component c, Map<Color, String> old, List<Run> runs) {
        if (c instanceof JComponent j) {
            markColour(j, FOREGROUND, j.isForegroundSet() ? j.getForeground() : null, old);
            markColour(j, BACKGROUND, j.isBackgroundSet() ? j.getBackground() : null, old);
        }
        if (c instanceof JTextPane pane) {
            collectRuns(pane.getStyledDocument(), pane.getStyledDocument().getDefaultRootElement(), old, runs);
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                mark(child, old, runs);
            }
        }
    }

    private static void markColour(JComponent j, String property, Color colour, Map<Color, String> old) {
        if (colour == null || j.getClientProperty(property) != null) {
            return;
        }
        String key = old.get(new Color(colour.getRGB(), true));
        if (key != null) {
            j.putClientProperty(property, key);
        }
    }

    private static void collectRuns(StyledDocument doc, Element e, Map<Color, String> old, List<Run> runs) {
        if (!e.isLeaf()) {
            for (int i = 0; i < e.getElementCount(); i++) {
                collectRuns(doc, e.getElement(i), old, runs);
            }
            return;
        }
        AttributeSet a = e.getAttributes();
        for (Object attribute : List.of(StyleConstants.Background, StyleConstants.Foreground)) {
            if (a.getAttribute(attribute) instanceof Color c) {
                String key = old.get(new Color(c.getRGB(), true));
                if (key != null) {
                    runs.add(new Run(doc, e.getStartOffset(), e.getEndOffset() - e.getStartOffset(), attribute, key));
                }
            }
        }
    }

    private static void apply(Component c) {
        if (c instanceof JComponent j) {
            if (j.getClientProperty(FOREGROUND) instanceof String key) {
                j.setForeground(colour(key));
            }
            if (j.getClientProperty(BACKGROUND) instanceof String key) {
                j.setBackground(colour(key));
            }
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                apply(child);
            }
        }
    }
}

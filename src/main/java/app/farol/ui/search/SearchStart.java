package app.farol.ui.search;

import app.farol.ui.common.PlainText;
import app.farol.ui.common.ScrollPage;
import app.farol.ui.common.Texts;
import app.farol.ui.common.ThemeColours;
import app.farol.ui.common.WrapLayout;
import app.farol.ui.common.WrappingLabel;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * What the Search view shows before anything is typed: a hint of what search does, and the recent
 * searches of this session as buttons that search again. Recent searches are kept in memory only
 * (never written to disk: what a person looked for is private). Touched only on the event thread.
 */
final class SearchStart extends ScrollPage {
    static final int RECENT = 8;

    private final List<String> recent = new ArrayList<>(); // newest first
    private final JLabel recentTitle = new JLabel(Texts.get("search.recent"));
    private final JPanel buttons = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 6));
    private final Consumer<String> onPick;

    SearchStart(Consumer<String> onPick) {
        super(new BorderLayout());
        this.onPick = onPick;
        setName("search.start");
        JPanel column = new JPanel();
        column.setLayout(new BoxLayout(column, BoxLayout.Y_AXIS));
        column.setOpaque(false);
        setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
        WrappingLabel hint = new WrappingLabel(Texts.get("search.hint"));
        hint.setName("search.hint");
        ThemeColours.foreground(hint, "Farol.muted");
        hint.setAlignmentX(LEFT_ALIGNMENT);
        recentTitle.setName("search.recentTitle");
        recentTitle.putClientProperty("FlatLaf.styleClass", "h4");
        recentTitle.setBorder(BorderFactory.createEmptyBorder(16, 0, 2, 0));
        recentTitle.setAlignmentX(LEFT_ALIGNMENT);
        buttons.setName("search.recentList");
        buttons.setAlignmentX(LEFT_ALIGNMENT);
        buttons.setOpaque(false);
        column.add(hint);
        column.add(recentTitle);
        column.add(buttons);
        add(column, BorderLayout.NORTH); // at the top, however tall the view
        showRecent();
    }

    /** Remembers a search a person made (pressed Enter on, or opened a result of); newest first, no repeats. */
    void remember(String query) {
        String q = query.strip();
        if (q.isEmpty()) {
            return;
        }
        recent.removeIf(r -> r.toLowerCase(Locale.ROOT).equals(q.toLowerCase(Locale.ROOT)));
        recent.addFirst(q);
        while (recent.size() > RECENT) {
            recent.removeLast();
        }
        showRecent();
    }

    List<String> recent() {
        return List.copyOf(recent);
    }

    private void showRecent() {
        buttons.removeAll();
        for (int i = 0; i < recent.size(); i++) {
            String q = recent.get(i);
            JButton b = new JButton();
            b.putClientProperty(PlainText.HTML_DISABLE, Boolean.TRUE); // a search is text, never markup
            b.setText(q);
            b.setName("search.recent." + i);
            b.setToolTipText(Texts.format("search.recentTooltip", q));
            b.addActionListener(e -> onPick.accept(q));
            buttons.add(b);
        }
        recentTitle.setVisible(!recent.isEmpty());
        buttons.setVisible(!recent.isEmpty());
        revalidate();
        repaint();
    }
}

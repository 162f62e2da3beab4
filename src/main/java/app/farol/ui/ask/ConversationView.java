package app.farol.ui.ask;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.BoxLayout;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.Scrollable;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * The conversation: a column of {@link ExchangeView}s that takes the scroll pane's width and
 * keeps the newest exchange in view. Event thread only.
 */
final class ConversationView extends JPanel implements Scrollable {
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<ExchangeView> views = new ArrayList<>();
    private final JEditorPane welcome = new JEditorPane();
    private final Consumer<String> onLink;
    private boolean hasModel;

    ConversationView(Consumer<String> onLink) {
        this.onLink = onLink;
        setName("ask.conversation");
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        welcome.setEditable(false);
        welcome.setEditorKit(new SafeHtmlKit());
        welcome.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, true);
        add(welcome);
        restyle();
    }

    void setHasModel(boolean hasModel) {
        this.hasModel = hasModel;
    }

    List<Exchange> exchanges() {
        return exchanges;
    }

    Exchange add(String question) {
        Exchange x = new Exchange(question);
        show(x);
        refresh(x);
        return x;
    }

    /** Each exchange's page with a Copy button under it (the answer with its sources). */
    private void show(Exchange x) {
        exchanges.add(x);
        int index = exchanges.size() - 1;
        ExchangeView v = new ExchangeView(index, x, onLink);
        views.add(v);
        welcome.setVisible(false);
        javax.swing.JButton copy = new javax.swing.JButton(app.farol.ui.common.Texts.get("ask.copy"));
        copy.setName("ask.copy." + index);
        copy.setToolTipText(app.farol.ui.common.Texts.get("ask.copyTooltip"));
        copy.putClientProperty("JButton.buttonType", "toolBarButton");
        copy.addActionListener(e -> java.awt.Toolkit.getDefaultToolkit()
                .getSystemClipboard()
                .setContents(new java.awt.datatransfer.StringSelection(SavedExchanges.copyText(x)), null));
        JPanel buttons = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.RIGHT, 12, 0));
        buttons.setOpaque(false);
        buttons.add(copy);
        JPanel page = new JPanel(new java.awt.BorderLayout());
        page.setOpaque(false);
        page.add(v, java.awt.BorderLayout.CENTER);
        page.add(buttons, java.awt.BorderLayout.SOUTH);
        add(page);
    }

    /** Empties the conversation: the welcome shows again. */
    void clear() {
        exchanges.clear();
        views.clear();
        removeAll();
        add(welcome);
        welcome.setVisible(true);
        revalidate();
        repaint();
    }

    /** Shows a kept conversation in place of the one shown. */
    void restore(List<Exchange> kept) {
        clear();
        for (Exchange x : kept) {
            show(x);
        }
        for (int i = 0; i < views.size(); i++) {
            views.get(i).render(hasModel, palette());
        }
        follow();
    }

    /** Rebuilds the page of one exchange after a new stage. */
    void refresh(Exchange x) {
        int i = exchanges.indexOf(x);
        views.get(i).render(hasModel, palette());
        follow();
    }

    /** Appends streamed text to the exchange's page. */
    void stream(Exchange x, String chunk) {
        views.get(exchanges.indexOf(x)).appendStreamed(chunk, hasModel, palette());
        follow();
    }

    /** Everything the conversation shows, as text. */
    String text() {
        StringBuilder b = new StringBuilder();
        views.forEach(v -> b.append(v.text()).append('\n'));
        return b.toString();
    }

    private void follow() {
        revalidate();
        SwingUtilities.invokeLater(() -> scrollRectToVisible(new Rectangle(0, getHeight() - 1, 1, 1)));
    }

    /** Re-renders every page in the current theme's colours. */
    void restyle() {
        Color bg = UIManager.getColor("TextArea.background");
        setBackground(bg);
        welcome.setBackground(bg);
        welcome.setText(ConversationHtml.welcome(palette()));
        for (int i = 0; i < views.size(); i++) {
            views.get(i).render(hasModel, palette());
        }
    }

    static ConversationHtml.Palette palette() {
        return new ConversationHtml.Palette(
                hex(UIManager.getColor("Label.foreground")),
                hex(UIManager.getColor("Farol.muted")),
                hex(UIManager.getColor("Farol.sidebarBackground")),
                hex(UIManager.getColor("Farol.notice")),
                hex(UIManager.getColor("Farol.link")));
    }

    private static String hex(Color c) {
        return c == null
                ? "#808080"
                : String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return visible.height - 32;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}

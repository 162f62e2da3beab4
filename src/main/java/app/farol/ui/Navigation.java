package app.farol.ui;

import app.farol.ui.common.Texts;
import app.farol.ui.common.ThemeColours;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

/** The sidebar of views and the card area that shows the chosen one. */
final class Navigation {
    /** The main views, in sidebar order. */
    enum View {
        ASK,
        SEARCH,
        LIBRARY,
        SETTINGS
    }

    private final JPanel sidebar = new JPanel();
    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);
    private final ButtonGroup group = new ButtonGroup();
    private final Map<View, JToggleButton> buttons = new LinkedHashMap<>();

    Navigation() {
        sidebar.setLayout(new BoxLayout(sidebar, BoxLayout.Y_AXIS));
        sidebar.setBorder(BorderFactory.createEmptyBorder(14, 10, 10, 10));
        JLabel name = new JLabel(Texts.get("app.name"));
        name.putClientProperty("FlatLaf.styleClass", "h2");
        name.setBorder(BorderFactory.createEmptyBorder(0, 8, 14, 0));
        sidebar.add(name);
        ThemeColours.background(sidebar, "Farol.sidebarBackground");
    }

    void add(View view, Component panel, String shortcut) {
        JToggleButton b = new JToggleButton(Texts.get("nav." + view.name().toLowerCase(Locale.ROOT)));
        b.setName("nav." + view.name().toLowerCase(Locale.ROOT));
        b.setToolTipText(
                shortcut.isEmpty()
                        ? null
                        : Texts.get("nav." + view.name().toLowerCase(Locale.ROOT)) + " (" + shortcut + ")");
        b.putClientProperty("JButton.buttonType", "toolBarButton");
        b.setHorizontalAlignment(JToggleButton.LEFT);
        b.setAlignmentX(Component.LEFT_ALIGNMENT);
        b.setMaximumSize(new Dimension(Integer.MAX_VALUE, b.getPreferredSize().height + 8));
        b.addActionListener(e -> show(view));
        group.add(b);
        buttons.put(view, b);
        sidebar.add(b);
        sidebar.add(Box.createVerticalStrut(2));
        content.add(panel, view.name());
    }

    private View shown;
    private java.util.function.Consumer<View> onShow = v -> {};

    void show(View view) {
        buttons.get(view).setSelected(true);
        cards.show(content, view.name());
        shown = view;
        onShow.accept(view);
    }

    /** The view shown now (null before the first). */
    View shown() {
        return shown;
    }

    /** Called with each view as it is shown. */
    void onShow(java.util.function.Consumer<View> handler) {
        this.onShow = handler;
    }

    /** Puts "About Farol" at the foot of the sidebar, below the views. */
    void addAbout(Runnable onAbout) {
        JButton about = new JButton(Texts.get("about.button"));
        about.setName("nav.about");
        about.putClientProperty("JButton.buttonType", "toolBarButton");
        about.setHorizontalAlignment(JButton.LEFT);
        about.setAlignmentX(Component.LEFT_ALIGNMENT);
        about.setMaximumSize(new Dimension(Integer.MAX_VALUE, about.getPreferredSize().height + 8));
        about.addActionListener(e -> onAbout.run());
        sidebar.add(Box.createVerticalGlue());
        sidebar.add(about);
    }

    JPanel sidebar() {
        return sidebar;
    }

    JPanel content() {
        return content;
    }
}

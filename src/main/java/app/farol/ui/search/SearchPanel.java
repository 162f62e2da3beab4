package app.farol.ui.search;

import app.farol.core.retrieval.Retriever;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.util.DisplayNames;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.PlainText;
import app.farol.ui.common.Texts;
import app.farol.ui.common.ThemeColours;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * Search as you type: each change waits {@link #DEBOUNCE_MILLIS} for the next keystroke, then
 * searches in the background; an older search's results are dropped when a newer one is on its
 * way. Filters by library folder and file type.
 */
public final class SearchPanel extends JPanel {
    static final int DEBOUNCE_MILLIS = 250;
    private static final int HITS = 30;

    private final BackgroundExecutor executor;
    private final JTextField query = new JTextField();
    private final JComboBox<Object> folder = new JComboBox<>();
    private final JComboBox<String> type = new JComboBox<>();
    private final JList<SearchHit> results = new JList<>(new DefaultListModel<>());
    private final JLabel status = new JLabel(" ");
    private final Timer debounce = new Timer(DEBOUNCE_MILLIS, e -> searchNow());
    private final SearchStart start = new SearchStart(this::searchAgain);
    private final java.awt.CardLayout cards = new java.awt.CardLayout();
    private final JPanel body = new JPanel(cards);
    private Retriever retriever;
    private BackgroundExecutor.Task running;
    private Consumer<SearchHit> onOpen = h -> {};

    public SearchPanel(BackgroundExecutor executor) {
        super(new BorderLayout());
        this.executor = executor;
        setName("search");
        query.setName("search.query");
        folder.setName("search.folder");
        type.setName("search.type");
        results.setName("search.results");
        status.setName("search.status");
        query.putClientProperty("JTextField.placeholderText", Texts.get("search.placeholder"));
        query.putClientProperty("JTextField.showClearButton", true);
        query.setToolTipText(Texts.get("search.tooltip"));
        folder.setToolTipText(Texts.get("search.folderTooltip"));
        type.setToolTipText(Texts.get("search.typeTooltip"));
        debounce.setRepeats(false);
        query.getDocument().addDocumentListener(new DocumentListener() {
            public void insertUpdate(DocumentEvent e) {
                debounce.restart();
            }

            public void removeUpdate(DocumentEvent e) {
                debounce.restart();
            }

            public void changedUpdate(DocumentEvent e) {
                debounce.restart();
            }
        });
        query.addActionListener(e -> {
            start.remember(query.getText());
            searchNow();
        });
        folder.addActionListener(e -> debounce.restart());
        type.addActionListener(e -> debounce.restart());
        folder.setRenderer(
                PlainText.list(v -> v instanceof Path p ? DisplayNames.safe(p.getFileName()) : v.toString()));
        type.setRenderer(PlainText.list(Object::toString)); // types come from file names
        setFilters(List.of(), List.of());

        results.setCellRenderer(new HitRenderer());
        // Fixed cell sizes: the list then never asks the (HTML) renderer to measure every hit,
        // which took the event thread far beyond 200 ms for 30 hits. The list still fills the
        // viewport's width, because its preferred width is smaller than the viewport.
        results.setFixedCellHeight(HitRenderer.HEIGHT);
        results.setFixedCellWidth(100);
        results.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        results.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && results.getSelectedValue() != null) {
                start.remember(query.getText()); // a search whose result was opened is worth offering again
                onOpen.accept(results.getSelectedValue());
            }
        });

        JPanel top = new JPanel(new BorderLayout(0, 6));
        top.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        top.add(query, BorderLayout.NORTH);
        JPanel filters = new JPanel(new app.farol.ui.common.WrapLayout(FlowLayout.LEFT, 6, 0));
        filters.add(new JLabel(Texts.get("search.in")));
        filters.add(folder);
        filters.add(new JLabel(Texts.get("search.type")));
        filters.add(type);
        filters.add(status);
        ThemeColours.foreground(status, "Farol.muted");
        top.add(filters, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(results);
        scroll.setBorder(ThemeColours.topLine());
        JScrollPane startScroll = new JScrollPane(start);
        startScroll.setBorder(ThemeColours.topLine());
        body.add(startScroll, START);
        body.add(scroll, RESULTS);
        add(body, BorderLayout.CENTER);
        cards.show(body, START);
    }

    private static final String START = "start";
    private static final String RESULTS = "results";

    /** A recent search was picked: it becomes the query and runs at once. */
    private void searchAgain(String q) {
        query.setText(q);
        start.remember(q);
        searchNow();
        query.requestFocusInWindow();
    }

    /** This session's recent searches, newest first. */
    public List<String> recentSearches() {
        return start.recent();
    }

    public void setRetriever(Retriever retriever) {
        this.retriever = retriever;
    }

    public void onOpen(Consumer<SearchHit> handler) {
        this.onOpen = handler;
    }

    public String query() {
        return query.getText();
    }

    public void focusQuery() {
        query.requestFocusInWindow();
        query.selectAll();
    }

    /** The folders and file types offered as filters; keeps the current choice when it still exists. */
    public void setFilters(List<Path> folders, List<String> types) {
        Object f = folder.getSelectedItem();
        Object t = type.getSelectedItem();
        DefaultComboBoxModel<Object> fm = new DefaultComboBoxModel<>();
        fm.addElement(Texts.get("search.allFolders"));
        folders.forEach(fm::addElement);
        DefaultComboBoxModel<String> tm = new DefaultComboBoxModel<>();
        tm.addElement(Texts.get("search.allTypes"));
        types.forEach(tm::addElement);
        folder.setModel(fm);
        type.setModel(tm);
        if (f != null && fm.getIndexOf(f) >= 0) {
            folder.setSelectedItem(f);
        }
        if (t != null && tm.getIndexOf(t) >= 0) {
            type.setSelectedItem(t);
        }
    }

    private void searchNow() {
        debounce.stop();
        String q = query.getText().strip();
        if (running != null) {
            running.cancel(); // its results would be stale; the search itself is short and ends on its own
        }
        cards.show(body, q.isEmpty() ? START : RESULTS); // nothing typed: the hint and recent searches
        if (q.isEmpty() || retriever == null) {
            results.setModel(new DefaultListModel<>());
            status.setText(retriever == null && !q.isEmpty() ? Texts.get("search.notReady") : " ");
            return;
        }
        List<Path> folders = folder.getSelectedItem() instanceof Path p ? List.of(p) : List.of();
        List<String> types = type.getSelectedIndex() > 0 ? List.of((String) type.getSelectedItem()) : List.of();
        Retriever r = retriever;
        SearchRequest request = new SearchRequest(q, HITS, folders, types);
        running = executor.submit("search", c -> r.search(request), this::show, message -> status.setText(message));
    }

    private void show(List<SearchHit> found) {
        running = null;
        DefaultListModel<SearchHit> next = new DefaultListModel<>();
        next.addAll(found); // one change event for the whole list, not one per hit
        results.setModel(next);
        if (!found.isEmpty()) {
            results.ensureIndexIsVisible(
                    0); // a new query or filter starts at its best hit, not where the last list was scrolled
        }
        status.setText(found.isEmpty() ? Texts.get("search.none") : Texts.format("search.count", found.size()));
    }
}

package app.farol.ui.search;

import app.farol.core.retrieval.SearchHit;
import app.farol.core.util.DisplayNames;
import app.farol.ui.common.Texts;
import java.awt.BorderLayout;
import java.awt.Component;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;

/**
 * Paints a search hit: file name, page and heading, then the snippet. Only the snippet is HTML,
 * and the retriever escapes it except for its own {@code <b>} marks; the other labels have HTML
 * switched off, so a file called "&lt;html&gt;..." shows as text.
 */
final class HitRenderer implements ListCellRenderer<SearchHit> {
    /** Height of a cell: the name line and up to three lines of snippet. */
    static final int HEIGHT = 86;

    private final JPanel cell = new JPanel(new BorderLayout(0, 2));
    private final JLabel file = new JLabel();
    private final JLabel where = new JLabel();
    private final JLabel snippet = new JLabel();

    HitRenderer() {
        cell.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        file.putClientProperty("html.disable", Boolean.TRUE);
        where.putClientProperty("html.disable", Boolean.TRUE);
        file.putClientProperty("FlatLaf.styleClass", "semibold");
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.setOpaque(false);
        top.add(file, BorderLayout.WEST);
        top.add(where, BorderLayout.CENTER);
        cell.add(top, BorderLayout.NORTH);
        cell.add(snippet, BorderLayout.CENTER);
    }

    @Override
    public Component getListCellRendererComponent(
            JList<? extends SearchHit> list, SearchHit hit, int index, boolean selected, boolean focused) {
        file.setText(DisplayNames.safe(hit.fileName()));
        StringBuilder w = new StringBuilder();
        if (hit.page() > 0) {
            w.append(Texts.format("sources.page", hit.page()));
        }
        if (!hit.heading().isEmpty()) {
            w.append(w.isEmpty() ? "" : "  ·  ").append(hit.heading());
        }
        where.setText(w.toString());
        // Swing's HTML reads CSS pixels as points (it predates W3C units), so convert.
        int width = (int) (Math.max(200, list.getWidth() - 40) * 0.75);
        snippet.setText("<html><div style='width:" + width + "px'>" + withEllipsis(hit.snippet()) + "</div></html>");
        snippet.setVerticalAlignment(JLabel.TOP);
        cell.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
        java.awt.Color fg = selected ? list.getSelectionForeground() : list.getForeground();
        file.setForeground(fg);
        snippet.setForeground(fg);
        where.setForeground(selected ? fg : UIManager.getColor("Farol.muted"));
        return cell;
    }

    /**
     * The snippet with "…" at its end when it stops mid-phrase (the retriever cuts at a length),
     * so a cut phrase is not read as the whole of it.
     */
    static String withEllipsis(String snippetHtml) {
        String plain = snippetHtml.replaceAll("<[^>]*>", "").strip();
        if (plain.isEmpty() || ".!?…:;)\"”'".indexOf(plain.charAt(plain.length() - 1)) >= 0) {
            return snippetHtml;
        }
        return snippetHtml.stripTrailing() + "…";
    }
}

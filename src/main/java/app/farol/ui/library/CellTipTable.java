package app.farol.ui.library;

import app.farol.ui.common.PlainText;
import java.awt.event.MouseEvent;
import java.util.function.BiFunction;
import javax.swing.JTable;
import javax.swing.JToolTip;
import javax.swing.JViewport;
import javax.swing.table.TableColumn;
import javax.swing.table.TableModel;

/**
 * A sortable table of file names and reasons: cells and tooltips show them as plain text (a file
 * called "&lt;html&gt;&lt;img src=...&gt;" must not render, let alone fetch), and the tooltip is
 * the full text of the cell under the mouse (or what {@link #tooltips} gives), since long paths
 * and reasons are cut. No column is narrower than its header; when the view is narrower than
 * all the headers, the table scrolls sideways instead of cutting them.
 */
final class CellTipTable extends JTable {
    private BiFunction<Integer, Integer, String> tooltips;

    CellTipTable(TableModel model) {
        super(model);
        setToolTipText(""); // registers with the tooltip manager
        setDefaultRenderer(Object.class, PlainText.table());
        setDefaultRenderer(String.class, PlainText.table());
        setAutoCreateRowSorter(true);
        getTableHeader().setReorderingAllowed(false);
    }

    /** Tooltips by model row and column; null keeps the cell's own text. */
    void tooltips(BiFunction<Integer, Integer, String> byModelCell) {
        this.tooltips = byModelCell;
    }

    /** Sets the columns' preferred widths, each at least as wide as its header. */
    void widths(int... widths) {
        for (int c = 0; c < widths.length && c < getColumnCount(); c++) {
            TableColumn column = getColumnModel().getColumn(c);
            int header = headerWidth(column);
            column.setMinWidth(header);
            column.setPreferredWidth(Math.max(widths[c], header));
        }
    }

    private int headerWidth(TableColumn column) {
        var renderer = column.getHeaderRenderer() != null
                ? column.getHeaderRenderer()
                : getTableHeader().getDefaultRenderer();
        return renderer.getTableCellRendererComponent(this, column.getHeaderValue(), false, false, -1, 0)
                        .getPreferredSize()
                        .width
                + 12; // room for the sort arrow
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (getTableHeader() != null && getColumnCount() > 0) {
            for (int c = 0; c < getColumnCount(); c++) {
                TableColumn column = getColumnModel().getColumn(c);
                column.setMinWidth(headerWidth(column)); // a new theme may have another header font
            }
        }
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return !(getParent() instanceof JViewport v) || v.getWidth() >= getMinimumSize().width;
    }

    @Override
    public java.awt.Dimension getMinimumSize() {
        int width = 0;
        for (int c = 0; c < getColumnCount(); c++) {
            width += getColumnModel().getColumn(c).getMinWidth();
        }
        return new java.awt.Dimension(width, super.getMinimumSize().height);
    }

    @Override
    public JToolTip createToolTip() {
        JToolTip tip = super.createToolTip();
        tip.putClientProperty(PlainText.HTML_DISABLE, Boolean.TRUE);
        return tip;
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        int row = rowAtPoint(e.getPoint());
        int col = columnAtPoint(e.getPoint());
        if (row < 0 || col < 0) {
            return null;
        }
        if (tooltips != null) {
            return tooltips.apply(convertRowIndexToModel(row), convertColumnIndexToModel(col));
        }
        Object v = getValueAt(row, col);
        return v == null || v.toString().isEmpty() ? null : v.toString();
    }
}

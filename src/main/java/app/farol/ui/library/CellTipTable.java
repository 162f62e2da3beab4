package app.farol.ui.library;

import app.farol.ui.common.PlainText;
import java.awt.event.MouseEvent;
import javax.swing.JTable;
import javax.swing.JToolTip;
import javax.swing.table.TableModel;

/**
 * A table of file names and reasons: cells and tooltips show them as plain text (a file called
 * "&lt;html&gt;&lt;img src=...&gt;" must not render, let alone fetch), and the tooltip is the full
 * text of the cell under the mouse, since long paths and reasons are cut.
 */
final class CellTipTable extends JTable {
    CellTipTable(TableModel model) {
        super(model);
        setToolTipText(""); // registers with the tooltip manager
        setDefaultRenderer(Object.class, PlainText.table());
        setDefaultRenderer(String.class, PlainText.table());
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
        Object v = getValueAt(row, col);
        return v == null || v.toString().isEmpty() ? null : v.toString();
    }
}

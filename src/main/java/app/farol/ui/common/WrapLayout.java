package app.farol.ui.common;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;

/**
 * A {@link FlowLayout} whose preferred size is that of its rows at the container's width, so a
 * row of buttons or filters wraps onto the next line in a narrow window instead of running off
 * its edge (FlowLayout alone always asks for one line).
 */
public final class WrapLayout extends FlowLayout {
    public WrapLayout(int align, int hgap, int vgap) {
        super(align, hgap, vgap);
    }

    @Override
    public Dimension preferredLayoutSize(Container target) {
        return size(target, true);
    }

    @Override
    public Dimension minimumLayoutSize(Container target) {
        Dimension d = size(target, false);
        d.width -= getHgap() + 1;
        return d;
    }

    /** The height asked for at the last layout: a width change that needs another asks again, once. */
    private int askedHeight = -1;

    /**
     * Lays out, then checks the height the rows need at the width just given: a parent asks for
     * the preferred size before it resizes its children, so after a change of width the rows may
     * need more (or fewer) lines than the parent made room for; then it lays out again.
     */
    @Override
    public void layoutContainer(Container target) {
        super.layoutContainer(target);
        int needed = preferredLayoutSize(target).height;
        if (needed != target.getHeight() && needed != askedHeight) {
            askedHeight = needed;
            SwingUtilities.invokeLater(target::revalidate);
        }
    }

    private Dimension size(Container target, boolean preferred) {
        synchronized (target.getTreeLock()) {
            int width = target.getSize().width;
            Container c = target;
            while (width == 0 && c.getParent() != null) {
                c = c.getParent();
                width = c.getSize().width;
            }
            if (width == 0) {
                width = Integer.MAX_VALUE;
            }
            Insets insets = target.getInsets();
            int maxWidth = width - (insets.left + insets.right + getHgap() * 2);
            Dimension dim = new Dimension(0, 0);
            int rowWidth = 0;
            int rowHeight = 0;
            for (Component m : target.getComponents()) {
                if (!m.isVisible()) {
                    continue;
                }
                Dimension d = preferred ? m.getPreferredSize() : m.getMinimumSize();
                if (rowWidth > 0 && rowWidth + getHgap() + d.width > maxWidth) {
                    addRow(dim, rowWidth, rowHeight);
                    rowWidth = 0;
                    rowHeight = 0;
                }
                rowWidth += (rowWidth > 0 ? getHgap() : 0) + d.width;
                rowHeight = Math.max(rowHeight, d.height);
            }
            addRow(dim, rowWidth, rowHeight);
            dim.width += insets.left + insets.right + getHgap() * 2;
            dim.height += insets.top + insets.bottom + getVgap() * 2;
            // Inside a scroll pane the row must not ask for the width it was just given, or it never shrinks.
            Container scroll = SwingUtilities.getAncestorOfClass(JScrollPane.class, target);
            if (scroll != null && target.isValid()) {
                dim.width -= getHgap() + 1;
            }
            return dim;
        }
    }

    private void addRow(Dimension dim, int rowWidth, int rowHeight) {
        if (rowWidth == 0) {
            return;
        }
        dim.width = Math.max(dim.width, rowWidth);
        if (dim.height > 0) {
            dim.height += getVgap();
        }
        dim.height += rowHeight;
    }
}

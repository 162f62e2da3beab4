package app.farol.ui.common;

import java.awt.Dimension;
import java.awt.Insets;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.text.View;

/**
 * A label whose text wraps at the width it is given instead of being cut with "…": for
 * sentences (a model's description, a note, what a re-index did) that must stay readable in a
 * narrow window and in the longer language. It asks for little width and for the height its
 * lines take at the width it has; after a change of width it lays out again. Plain text only
 * (a text area never renders HTML).
 */
public final class WrappingLabel extends JTextArea {
    private static final int MINIMUM_WIDTH = 120;
    private int laidOutWidth = -1;

    public WrappingLabel(String text) {
        super(text);
        setEditable(false);
        setFocusable(false);
        setOpaque(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setBorder(null);
        setFont(UIManager.getFont("Label.font"));
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (getWidth() != laidOutWidth) {
                    laidOutWidth = getWidth();
                    revalidate(); // the height follows the new width
                }
            }
        });
    }

    @Override
    public void updateUI() {
        super.updateUI();
        setFont(UIManager.getFont("Label.font"));
        setOpaque(false);
        if (getBorder() instanceof javax.swing.plaf.UIResource) {
            setBorder(null); // the look and feel's text-area margin; a border set by a view stays
        }
    }

    @Override
    public Dimension getPreferredSize() {
        Insets in = getInsets();
        int width = getWidth() > 0 ? getWidth() : naturalWidth();
        View root = getUI().getRootView(this);
        root.setSize(Math.max(1, width - in.left - in.right), Integer.MAX_VALUE);
        int height = (int) Math.ceil(root.getPreferredSpan(View.Y_AXIS)) + in.top + in.bottom;
        return new Dimension(Math.min(width, naturalWidth()), height);
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(Math.min(MINIMUM_WIDTH, naturalWidth()), getPreferredSize().height);
    }

    /** The width of the text on one line. */
    private int naturalWidth() {
        Insets in = getInsets();
        int widest = 0;
        for (String line : getText().split("\n", -1)) {
            widest = Math.max(widest, getFontMetrics(getFont()).stringWidth(line));
        }
        return widest + in.left + in.right + 2;
    }
}

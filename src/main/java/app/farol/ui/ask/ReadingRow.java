package app.farol.ui.ask;

import app.farol.ui.common.Texts;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagLayout;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/**
 * While the model reads its passages, before its first word: "Reading 3 passages…" and a bar of
 * the prompt tokens read so far. Hidden otherwise.
 */
final class ReadingRow extends JPanel {
    private final JLabel text = new JLabel();
    private final JProgressBar bar = new JProgressBar();

    ReadingRow() {
        super(new BorderLayout(8, 0));
        setName("ask.reading");
        text.setName("ask.readingText");
        bar.setName("ask.readingBar");
        text.putClientProperty("html.disable", Boolean.TRUE);
        bar.setPreferredSize(new Dimension(180, 8));
        setBorder(BorderFactory.createEmptyBorder(0, 14, 6, 12));
        add(text, BorderLayout.WEST);
        JPanel barBox = new JPanel(new GridBagLayout());
        barBox.add(bar);
        add(barBox, BorderLayout.CENTER);
        setVisible(false);
    }

    /** Shows how far the model has read {@code total} tokens of {@code passages} passages. */
    void show(int passages, int read, int total) {
        text.setText(Texts.format("ask.readingPassages", passages));
        bar.setMaximum(total);
        bar.setValue(read);
        bar.setToolTipText(Texts.format("ask.readingTokens", read, total));
        if (!isVisible()) {
            setVisible(true);
            revalidate();
        }
    }
}

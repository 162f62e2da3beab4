package app.farol.ui.ask;

import java.util.function.Consumer;
import javax.swing.JEditorPane;
import javax.swing.UIManager;
import javax.swing.event.HyperlinkEvent;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.Element;
import javax.swing.text.html.HTMLDocument;

/**
 * One exchange of the conversation in its own pane, so that a new answer lays out only itself,
 * never the whole conversation. Streamed text is appended to the pane's stream element as plain
 * characters (a document insert, not HTML), which cannot create markup either.
 */
final class ExchangeView extends JEditorPane {
    private final int index;
    private final Exchange exchange;
    private boolean streamShown;

    ExchangeView(int index, Exchange exchange, Consumer<String> onLink) {
        this.index = index;
        this.exchange = exchange;
        setName("ask.exchange." + index);
        setEditable(false);
        setCaret(new javax.swing.text.DefaultCaret() {
            @Override
            public void setVisible(boolean visible) {
                super.setVisible(false); // a read-only page: selection yes, a blinking caret no
            }
        });
        setEditorKit(new SafeHtmlKit());
        putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, true);
        addHyperlinkListener(e -> {
            if (e.getEventType() == HyperlinkEvent.EventType.ACTIVATED) {
                onLink.accept(e.getDescription());
            }
        });
    }

    /**
     * No taller than its text: the column's spare height goes below the last exchange, not in
     * gaps between exchanges.
     */
    @Override
    public java.awt.Dimension getMaximumSize() {
        return new java.awt.Dimension(Integer.MAX_VALUE, getPreferredSize().height);
    }

    /** Rebuilds the page from the exchange (a new stage: quick answer, first words, final answer). */
    void render(boolean hasModel, ConversationHtml.Palette palette) {
        setBackground(UIManager.getColor("TextArea.background"));
        setText(ConversationHtml.exchange(index, exchange, hasModel, palette));
        setToolTipText(exchange.speed.isEmpty() ? null : exchange.speed);
        streamShown = !exchange.streamed.isEmpty();
    }

    /**
     * Shows newly streamed text. The first words rebuild the page (the "model is reading" line
     * goes); later words are appended to the stream element.
     */
    void appendStreamed(String chunk, boolean hasModel, ConversationHtml.Palette palette) {
        HTMLDocument doc = (HTMLDocument) getDocument();
        Element stream = doc.getElement(ConversationHtml.STREAM_ID);
        if (!streamShown || stream == null) {
            render(hasModel, palette);
            return;
        }
        int end = stream.getEndOffset() - 1; // before the paragraph's closing newline
        AttributeSet style = doc.getCharacterElement(Math.max(stream.getStartOffset(), end - 1))
                .getAttributes();
        try {
            doc.insertString(end, chunk, style);
        } catch (BadLocationException e) {
            render(hasModel, palette);
        }
    }

    String text() {
        try {
            return getDocument().getText(0, getDocument().getLength());
        } catch (BadLocationException e) {
            return "";
        }
    }
}

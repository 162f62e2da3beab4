package app.farol.ui.sources;

import app.farol.core.library.PassageContext;
import app.farol.core.text.ContentWords;
import java.awt.Color;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JTextPane;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

/**
 * Fills a text pane with a passage in context: the passage on a soft background, the query's
 * content words in bold on a stronger one. The text goes in as plain text (a styled document, no HTML),
 * so nothing in a document can render as markup.
 */
final class ContextText {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The attribute that marks the cited characters (with the soft background), so they can be read back. */
    static final String CITED = "farol.cited";

    private ContextText() {}

    static void fill(JTextPane pane, PassageContext c, String query) {
        StyledDocument doc = pane.getStyledDocument();
        try {
            doc.remove(0, doc.getLength());
            doc.insertString(0, c.text(), new SimpleAttributeSet());
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        SimpleAttributeSet passage = new SimpleAttributeSet();
        StyleConstants.setBackground(passage, color("Farol.passageBackground", new Color(255, 244, 194)));
        passage.addAttribute(CITED, Boolean.TRUE);
        doc.setCharacterAttributes(c.highlightStart(), c.highlightEnd() - c.highlightStart(), passage, false);
        SimpleAttributeSet match = new SimpleAttributeSet();
        StyleConstants.setBold(match, true);
        StyleConstants.setBackground(match, color("Farol.matchBackground", new Color(255, 213, 74)));
        Set<String> terms = terms(query);
        Matcher m = WORD.matcher(c.text());
        while (m.find()) {
            if (terms.contains(fold(m.group()))) {
                doc.setCharacterAttributes(m.start(), m.end() - m.start(), match, false);
            }
        }
        pane.setCaretPosition(Math.min(c.highlightStart(), doc.getLength()));
    }

    /** The query's content words (no stop or question words in either language), folded. */
    static Set<String> terms(String query) {
        return ContentWords.of(query);
    }

    static String fold(String w) {
        return ContentWords.fold(w);
    }

    private static Color color(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c == null ? fallback : c;
    }
}

package app.farol.core.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * What OCR made of one page image: its words in reading order, with the image's size so that
 * the words' boxes can be placed on the page at any scale.
 *
 * @param width width of the image that was read, in pixels
 * @param height height of the image that was read, in pixels
 * @param words the words in Tesseract's reading order
 */
public record OcrPage(int width, int height, List<OcrWord> words) {
    /** Below this mean confidence a page's text is reported as read with low confidence. */
    public static final double LOW_CONFIDENCE = 60;

    public OcrPage {
        words = List.copyOf(words);
    }

    /** The words' mean confidence, weighted by their length; 0 for a page without words. */
    public double confidence() {
        double sum = 0;
        long letters = 0;
        for (OcrWord w : words) {
            sum += w.confidence() * w.text().length();
            letters += w.text().length();
        }
        return letters == 0 ? 0 : sum / letters;
    }

    /** Letters and digits read, the measure of whether a page holds text at all. */
    public int letters() {
        int n = 0;
        for (OcrWord w : words) {
            n += (int) w.text().codePoints().filter(Character::isLetterOrDigit).count();
        }
        return n;
    }

    /** The text as paragraphs, each a list of lines (words joined by a space), in reading order. */
    public List<List<String>> paragraphs() {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        OcrWord previous = null;
        for (OcrWord w : words) {
            boolean newParagraph =
                    previous != null && (w.block() != previous.block() || w.paragraph() != previous.paragraph());
            boolean newLine = previous != null && (newParagraph || w.line() != previous.line());
            if (newLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (newParagraph) {
                paragraphs.add(List.copyOf(lines));
                lines.clear();
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(w.text());
            previous = w;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (!lines.isEmpty()) {
            paragraphs.add(List.copyOf(lines));
        }
        return paragraphs;
    }
}

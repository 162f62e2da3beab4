package app.farol.core.library;

import app.farol.core.store.PassageStore;
import app.farol.core.store.StoredPassage;
import java.util.Comparator;
import java.util.List;

/**
 * The section a cited span is in: the heading path of the stored passage that holds its start,
 * outermost first. Formats without pages (Markdown, Word, HTML, EPUB) are placed by it in the
 * sources view, as a PDF is by its page.
 */
public final class PassageSection {
    private PassageSection() {}

    /** @return the headings, outermost first; empty when the passage has none or the file is gone */
    public static List<String> of(PassageStore store, String path, int start) {
        return store.passagesOf(path).stream()
                .filter(p -> p.startOffset() <= start && start < Math.max(p.endOffset(), p.startOffset() + 1))
                .min(Comparator.comparingInt(StoredPassage::ordinal))
                .map(StoredPassage::headings)
                .orElse(List.of());
    }
}

package app.farol.ui.sources;

import app.farol.core.library.PassageContext;

/** Finds a passage and its surroundings; called on a background thread. */
@FunctionalInterface
public interface PassageLookup {
    /** @return null when the file is no longer in the library */
    PassageContext find(String path, int startOffset, int endOffset);

    /** Where the words read from scanned pages are kept, to mark a citation on a scanned page; null for none. */
    default app.farol.core.ocr.OcrSettings ocr() {
        return null;
    }

    /** The headings of the section that holds {@code startOffset}, outermost first; empty for none. */
    default java.util.List<String> section(String path, int startOffset) {
        return java.util.List.of();
    }
}

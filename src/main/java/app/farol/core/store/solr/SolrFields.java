package app.farol.core.store.solr;

import app.farol.core.text.LanguageDetector;
import java.util.List;

/** The text fields of Farol's Solr schema: one per language, as in the embedded store. */
final class SolrFields {
    static final List<String> TEXT = List.of("text_en", "text_pt", "text_other");

    private SolrFields() {}

    static String text(String language) {
        return switch (language) {
            case LanguageDetector.ENGLISH -> "text_en";
            case LanguageDetector.PORTUGUESE -> "text_pt";
            default -> "text_other";
        };
    }
}

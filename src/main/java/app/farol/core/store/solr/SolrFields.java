package app.farol.core.store.solr;

import app.farol.core.text.Language;
import java.util.List;

/** The text fields of Farol's Solr schema: one per language, as in the embedded store. */
final class SolrFields {
    static final List<String> TEXT = List.of("text_en", "text_pt", "text_other");

    private SolrFields() {}

    static String text(Language language) {
        return switch (language) {
            case Language.ENGLISH -> "text_en";
            case Language.PORTUGUESE -> "text_pt";
            default -> "text_other";
        };
    }
}

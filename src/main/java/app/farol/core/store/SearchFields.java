package app.farol.core.store;

import app.farol.core.text.Language;
import app.farol.core.text.LanguageDetector;
import java.util.List;

/**
 * The text fields keyword search runs on, and the analysis chain of each: a store indexes a
 * passage's text with these chains and looks up {@link KeywordQuery} terms in them as they are.
 * The chains are built from Lucene's analysis filters ({@code core.text.LanguageAnalyzers}); a
 * store in another engine declares the same filters, in this order, with the same word lists.
 * Every chain starts with Lucene's {@code StandardTokenizer}. QUESTION_WORDS is
 * {@code LanguageAnalyzers}' list of question words and pronouns ("what", "how", "posso",
 * "qual", ...), removed in every field. Changing a chain changes {@code ReadingVersion}.
 */
public final class SearchFields {
    /**
     * Passages in English (their language as {@link LanguageDetector} names it): title, part,
     * headings and text ({@link #searchableText}). Chain: StandardTokenizer, EnglishPossessiveFilter,
     * LowerCaseFilter, StopFilter(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), StopFilter(QUESTION_WORDS),
     * PorterStemFilter.
     */
    public static final String TEXT_EN = "text_en";
    /**
     * Passages in Portuguese. Chain: StandardTokenizer, LowerCaseFilter,
     * StopFilter(PortugueseAnalyzer default stop set), StopFilter(QUESTION_WORDS),
     * PortugueseLightStemFilter, ASCIIFoldingFilter.
     */
    public static final String TEXT_PT = "text_pt";
    /** Passages in any other language. Chain: StandardTokenizer, LowerCaseFilter, StopFilter(QUESTION_WORDS). */
    public static final String TEXT_OTHER = "text_other";
    /**
     * Every passage: its document's file-name words and first-page names ({@link DocumentSignals}).
     * Chain: that of {@link #TEXT_OTHER}.
     */
    public static final String DOCUMENT = DocumentSignals.FIELD;

    /** The languages with a text field of their own, the last standing for all others. */
    public static final List<Language> LANGUAGES = List.of(Language.ENGLISH, Language.PORTUGUESE, Language.OTHER);

    private SearchFields() {}

    /** The text field of a passage in this language. */
    public static String textField(Language language) {
        return switch (language) {
            case Language.ENGLISH -> TEXT_EN;
            case Language.PORTUGUESE -> TEXT_PT;
            default -> TEXT_OTHER;
        };
    }

    /**
     * What a passage's text field holds: its title, the part it is from, its headings and its
     * text. A passage under "Rent" is about rent.
     */
    public static String searchableText(StoredPassage p) {
        StringBuilder s = new StringBuilder(p.title());
        if (!p.part().isEmpty() && !p.part().equals(p.title())) {
            s.append('\n').append(p.part()); // an attachment's or member's name is searchable
        }
        for (String h : p.headings()) {
            if (!h.equals(p.title())) {
                s.append('\n').append(h);
            }
        }
        return s.append('\n').append(p.text()).toString();
    }
}

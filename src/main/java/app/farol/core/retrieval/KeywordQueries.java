package app.farol.core.retrieval;

import app.farol.core.store.KeywordQuery;
import app.farol.core.store.KeywordQuery.Clause;
import app.farol.core.store.KeywordQuery.Terms;
import app.farol.core.store.SearchFields;
import app.farol.core.text.Glossary;
import app.farol.core.text.Language;
import app.farol.core.text.LanguageAnalyzers;
import app.farol.core.text.LanguageDetector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into a store-neutral {@link KeywordQuery}: the words against every
 * language field, each analysed its own way and without the stop words of the question's own
 * language, the document field, codes weighed more, and what the {@link Glossary} offers. No
 * query syntax: quotes, colons and brackets are just characters, so no input is an error.
 */
public final class KeywordQueries {
    /**
     * Words made of letters and digits together ("E07", "BD-450", "IL-6"): error codes, model
     * and invoice numbers. Whoever types one wants the passages that contain it, whatever
     * language the rest of the question is in, so such a word counts this much more.
     */
    static final float CODE_BOOST = 2f;
    /**
     * What the glossary's word in the other language weighs next to the word the person typed.
     * Below 1: who asks in Portuguese more often means a Portuguese document. Chosen on the
     * sample questions among 0.5 to 1 (docs/retrieval.md); monolingual benchmarks cannot see it.
     */
    static final float TRANSLATION_BOOST = 0.7f;
    /**
     * What a match on the passage's document ({@link SearchFields#DOCUMENT}: file name,
     * first-page names) weighs next to its own words. Measured: docs/retrieval.md.
     */
    static final float DOCUMENT_BOOST = 0.5f;

    /**
     * What the role of a "who is the X" question weighs next to its other words ({@link
     * WhoQuestion}): "landlord" in "Who is the landlord of the apartment?" is what the answer's
     * passage holds; "apartment" only says where, and without the boost a contract's passages
     * that name the apartment came before the one that names the landlord. The codes' boost
     * reused (a word counted twice); no other value was tried (docs/retrieval.md).
     */
    static final float ROLE_BOOST = 2f;

    private static final Pattern CODE = Pattern.compile("(?U)\\b(?=[\\w-]*\\d)(?=[\\w-]*\\p{L})[\\w-]{2,}\\b");

    /**
     * Words of a query that count. A question is far shorter; a whole prompt sent as one (through
     * farol serve) would otherwise exceed Lucene's 1,024 clauses once every word has its language
     * fields, document field and glossary alternatives.
     */
    static final int MAX_QUERY_WORDS = 48;

    private KeywordQueries() {}

    /** The query for a question; {@link KeywordQuery#EMPTY} if it has no searchable word. */
    public static KeywordQuery of(String question) {
        return of(Question.of(question));
    }

    /** The query for a question already read; {@link KeywordQuery#EMPTY} if it has no searchable word. */
    public static KeywordQuery of(Question question) {
        String text = firstWords(question.text(), MAX_QUERY_WORDS);
        // A prompt cut to its first words is read again: its language is that of the words searched.
        Language queryLanguage = text == question.text() ? question.language() : LanguageDetector.detectShort(text);
        List<Clause> clauses = new ArrayList<>();
        for (Language language : SearchFields.LANGUAGES) {
            typed(text, language, queryLanguage, 1f, clauses);
        }
        if (clauses.isEmpty()) {
            return KeywordQuery.EMPTY;
        }
        List<String> document = LanguageAnalyzers.queryTerms(Language.OTHER, queryLanguage, text);
        if (!document.isEmpty()) {
            clauses.add(Clause.of(new Terms(SearchFields.DOCUMENT, document), DOCUMENT_BOOST));
        }
        for (String code : codes(text)) {
            for (Language language : SearchFields.LANGUAGES) {
                typed(code, language, queryLanguage, CODE_BOOST, clauses);
            }
        }
        java.util.Optional<String> role = WhoQuestion.role(text);
        role.ifPresent(r -> {
            for (Language language : SearchFields.LANGUAGES) {
                typed(r, language, queryLanguage, ROLE_BOOST - 1, clauses);
            }
        });
        for (Glossary.Alternatives word : Glossary.get().alternatives(text, queryLanguage)) {
            boolean english = word.language().equals(Language.ENGLISH);
            float weight =
                    role.filter(r -> Glossary.Analysis.terms(word.language(), r).equals(List.of(word.stem())))
                                    .isPresent()
                            ? ROLE_BOOST
                            : 1f;
            List<Terms> translations =
                    english ? anyOf(Language.PORTUGUESE, word.portuguese()) : anyOf(Language.ENGLISH, word.english());
            if (!translations.isEmpty()) {
                clauses.add(new Clause(translations, TRANSLATION_BOOST * weight, null));
            }
            // A synonym stands in, at full weight, only for a word the documents never use
            // ("cachorro" where they say "cão"): next to a word they do use, synonyms measured
            // as noise on the benchmarks (docs/retrieval.md).
            List<Terms> synonyms = anyOf(word.language(), english ? word.english() : word.portuguese());
            if (!synonyms.isEmpty()) {
                clauses.add(new Clause(
                        synonyms, weight, new KeywordQuery.Term(SearchFields.textField(word.language()), word.stem())));
            }
        }
        return new KeywordQuery(clauses);
    }

    private static void typed(String text, Language language, Language queryLanguage, float boost, List<Clause> to) {
        List<String> terms = LanguageAnalyzers.queryTerms(language, queryLanguage, text);
        if (!terms.isEmpty()) {
            to.add(Clause.of(new Terms(SearchFields.textField(language), terms), boost));
        }
    }

    /**
     * Glossary words of one language against that language's field and the field of other
     * languages, as the terms the glossary analysed them into once: alternatives of one word.
     */
    private static List<Terms> anyOf(Language language, Iterable<Glossary.Word> words) {
        List<Terms> alternatives = new ArrayList<>();
        for (Glossary.Word word : words) {
            alternatives.add(new Terms(SearchFields.textField(language), word.stems()));
            alternatives.add(new Terms(SearchFields.TEXT_OTHER, word.otherTerms()));
        }
        return alternatives;
    }

    private static String firstWords(String text, int max) {
        String[] words = text.strip().split("\\s+");
        return words.length <= max ? text : String.join(" ", Arrays.copyOf(words, max));
    }

    /** The codes in a query, in order (see {@link #CODE_BOOST}). */
    static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            codes.add(m.group());
        }
        return codes;
    }
}

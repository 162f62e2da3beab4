package app.farol.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The English-Portuguese glossary (glossary-en-pt.tsv, written for Farol): each line holds
 * English and Portuguese words for one everyday thing, synonyms included. It lets "rent" find a
 * contract that only says "aluguel", and "cachorro" one that only says "cão", which neither
 * BM25 nor the English-only MiniLM can do. Words are looked up by their stem, the way the index
 * analyses them, so "rented" finds the line of "rent" and "aluguéis" the line of "aluguel".
 * Every word is analysed once, when the glossary is read, so a query costs only map lookups.
 */
public final class Glossary {
    private static final String RESOURCE = "glossary-en-pt.tsv";

    /**
     * A glossary word with the terms it becomes in the index: in its own language's field, and
     * in the field of other languages (lower case, unstemmed). Usually one each.
     */
    public record Word(String text, List<String> stems, List<String> otherTerms) {}

    /** One line: words in both languages that can stand for one another. */
    public record Entry(List<Word> english, List<Word> portuguese) {}

    /**
     * A word of a query (its stem, as the field of its language indexes it) and what could stand
     * for it in each language (never itself).
     */
    public record Alternatives(Language language, String stem, Set<Word> english, Set<Word> portuguese) {}

    private final Map<String, List<Entry>> byStem = new HashMap<>();

    private Glossary(List<Entry> entries) {
        for (Entry e : entries) {
            e.english().forEach(w -> index(Language.ENGLISH, w, e));
            e.portuguese().forEach(w -> index(Language.PORTUGUESE, w, e));
        }
    }

    /** The glossary shipped with Farol, read once. */
    public static Glossary get() {
        return Shipped.GLOSSARY;
    }

    private static final class Shipped {
        static final Glossary GLOSSARY = new Glossary(read(Glossary.class.getResourceAsStream(RESOURCE)));
    }

    /** Lines of "english words TAB portuguese words", each side comma-separated; '#' starts a comment. */
    static List<Entry> read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the build");
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] sides = line.split("\t");
                if (sides.length == 2) {
                    entries.add(new Entry(words(Language.ENGLISH, sides[0]), words(Language.PORTUGUESE, sides[1])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static List<Word> words(Language language, String side) {
        List<Word> words = new ArrayList<>();
        for (String text : side.strip().split("\\s*,\\s*")) {
            List<String> stems = Analysis.terms(language, text);
            if (!stems.isEmpty()) { // a stop word would stand for nothing
                words.add(new Word(text, stems, Analysis.terms(Language.OTHER, text)));
            }
        }
        return words;
    }

    /**
     * For each word of the query, read in the query's language (both when unknown), what the
     * glossary offers in its place. Words it does not know are left out.
     */
    public List<Alternatives> alternatives(String query, Language queryLanguage) {
        Map<String, Alternatives> result = new LinkedHashMap<>();
        for (Language language : List.of(Language.ENGLISH, Language.PORTUGUESE)) {
            if (!queryLanguage.equals(language) && !queryLanguage.equals(Language.OTHER)) {
                continue;
            }
            for (String stem : Analysis.terms(language, query)) {
                String key = key(language, stem);
                List<Entry> entries = byStem.get(key);
                if (entries == null || result.containsKey(key)) {
                    continue;
                }
                Set<Word> english = new LinkedHashSet<>();
                Set<Word> portuguese = new LinkedHashSet<>();
                List<String> itself = List.of(stem);
                for (Entry e : entries) {
                    e.english().stream()
                            .filter(w -> !(language.equals(Language.ENGLISH)
                                    && w.stems().equals(itself)))
                            .forEach(english::add);
                    e.portuguese().stream()
                            .filter(w -> !(language.equals(Language.PORTUGUESE)
                                    && w.stems().equals(itself)))
                            .forEach(portuguese::add);
                }
                result.put(key, new Alternatives(language, stem, english, portuguese));
            }
        }
        return List.copyOf(result.values());
    }

    private void index(Language language, Word word, Entry entry) {
        if (word.stems().size() == 1) { // a hyphenated word is found through its parts
            List<Entry> entries =
                    byStem.computeIfAbsent(key(language, word.stems().getFirst()), k -> new ArrayList<>(1));
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
    }

    private static String key(Language language, String stem) {
        return language + ":" + stem;
    }

    /** Text as the index's fields analyse it (stop words and question words gone). */
    public static final class Analysis {
        private static final Map<Language, Analyzer> FIELDS = Map.of(
                Language.ENGLISH, LanguageAnalyzers.forLanguage(Language.ENGLISH),
                Language.PORTUGUESE, LanguageAnalyzers.forLanguage(Language.PORTUGUESE),
                Language.OTHER, LanguageAnalyzers.forLanguage(Language.OTHER));

        /** The terms of a text in the language's field. */
        public static List<String> terms(Language language, String text) {
            Analyzer analyzer = FIELDS.get(language);
            List<String> terms = new ArrayList<>();
            try (TokenStream ts = analyzer.tokenStream(language.code(), text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    terms.add(term.toString());
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // cannot happen: the text is in memory
            }
            return terms;
        }
    }
}

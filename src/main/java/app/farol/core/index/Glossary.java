package app.farol.core.index;

import app.farol.core.ingest.LanguageDetector;
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
 */
final class Glossary {
    private static final String RESOURCE = "glossary-en-pt.tsv";
    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            LanguageDetector.ENGLISH, LanguageAnalyzers.forLanguage(LanguageDetector.ENGLISH),
            LanguageDetector.PORTUGUESE, LanguageAnalyzers.forLanguage(LanguageDetector.PORTUGUESE));

    /** One line: words in both languages that can stand for one another. */
    record Entry(List<String> english, List<String> portuguese) {}

    /**
     * A word of a query (its stem, as the field of its language indexes it) and what could stand
     * for it in each language (never itself).
     */
    record Alternatives(String language, String stem, Set<String> english, Set<String> portuguese) {}

    private final Map<String, List<Entry>> byStem = new HashMap<>();

    private Glossary(List<Entry> entries) {
        for (Entry e : entries) {
            e.english().forEach(w -> index(LanguageDetector.ENGLISH, w, e));
            e.portuguese().forEach(w -> index(LanguageDetector.PORTUGUESE, w, e));
        }
    }

    /** The glossary shipped with Farol, read once. */
    static Glossary get() {
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
                    entries.add(new Entry(words(sides[0]), words(sides[1])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static List<String> words(String side) {
        return List.of(side.strip().split("\\s*,\\s*"));
    }

    /**
     * For each word of the query, read in the query's language (both when unknown), what the
     * glossary offers in its place. Words it does not know are left out.
     */
    List<Alternatives> alternatives(String query, String queryLanguage) {
        Map<String, Alternatives> result = new LinkedHashMap<>();
        for (String language : List.of(LanguageDetector.ENGLISH, LanguageDetector.PORTUGUESE)) {
            if (!queryLanguage.equals(language) && !queryLanguage.equals(LanguageDetector.OTHER)) {
                continue;
            }
            for (String stem : stems(language, query)) {
                String key = key(language, stem);
                List<Entry> entries = byStem.get(key);
                if (entries == null || result.containsKey(key)) {
                    continue;
                }
                Set<String> english = new LinkedHashSet<>();
                Set<String> portuguese = new LinkedHashSet<>();
                for (Entry e : entries) {
                    e.english().stream().filter(w -> !sameStem(language, stem, LanguageDetector.ENGLISH, w)).forEach(english::add);
                    e.portuguese().stream().filter(w -> !sameStem(language, stem, LanguageDetector.PORTUGUESE, w)).forEach(portuguese::add);
                }
                result.put(key, new Alternatives(language, stem, english, portuguese));
            }
        }
        return List.copyOf(result.values());
    }

    /** How many lines the glossary has (for tests and the docs). */
    int size() {
        return (int) byStem.values().stream().flatMap(List::stream).distinct().count();
    }

    private void index(String language, String word, Entry entry) {
        List<String> stems = stems(language, word);
        if (stems.size() == 1) { // a stop word has no stem; a hyphenated word is found through its parts
            List<Entry> entries = byStem.computeIfAbsent(key(language, stems.getFirst()), k -> new ArrayList<>(1));
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
    }

    private static boolean sameStem(String queryLanguage, String queryStem, String wordLanguage, String word) {
        return queryLanguage.equals(wordLanguage) && stems(wordLanguage, word).equals(List.of(queryStem));
    }

    private static String key(String language, String stem) {
        return language + ":" + stem;
    }

    /** The stems of a text as the language's field indexes them (stop words gone). */
    private static List<String> stems(String language, String text) {
        Analyzer analyzer = ANALYZERS.get(language);
        List<String> stems = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(LanguageAnalyzers.field(language), text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                stems.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the text is in memory
        }
        return stems;
    }
}

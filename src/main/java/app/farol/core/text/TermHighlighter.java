package app.farol.core.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Snippets with the question's words marked, found through the same analysis as the index's
 * text field of the passage's language ({@link LanguageAnalyzers}): "rents" marks "rent",
 * "contratos" marks "contrato", and stop words are never marked. Needs nothing but the
 * passage's text, so a store whose engine is elsewhere marks exactly what the embedded one does.
 */
public final class TermHighlighter {
    private TermHighlighter() {}

    /** A match in the text: [start, end) in characters. */
    private record Span(int start, int end, String term) {}

    /**
     * At most about {@code maxChars} characters of {@code text}, HTML-escaped, with matches in
     * {@code <b>}: the window with the most distinct matched words, or the start cut with "…"
     * when nothing matches.
     *
     * @param queryLanguage the query's language (its stop words are never marked)
     * @param language the text's language
     */
    public static String highlight(String query, Language queryLanguage, String text, Language language, int maxChars) {
        Set<String> wanted = new HashSet<>(LanguageAnalyzers.queryTerms(language, queryLanguage, query));
        List<Span> spans = wanted.isEmpty() ? List.of() : matches(text, language, wanted);
        if (spans.isEmpty()) {
            return escape(text.length() <= maxChars ? text : text.substring(0, maxChars) + "…");
        }
        int from = bestWindow(text, spans, maxChars);
        int to = Math.min(text.length(), from + maxChars);
        StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
        int last = from;
        for (Span s : spans) {
            if (s.start() < from || s.end() > to) {
                continue;
            }
            out.append(escape(text.substring(last, s.start())))
                    .append("<b>")
                    .append(escape(text.substring(s.start(), s.end())))
                    .append("</b>");
            last = s.end();
        }
        out.append(escape(text.substring(last, to)));
        return (to < text.length() ? out.append('…') : out).toString().strip();
    }

    private static List<Span> matches(String text, Language language, Set<String> wanted) {
        List<Span> spans = new ArrayList<>();
        try (Analyzer analyzer = LanguageAnalyzers.forLanguage(language);
                TokenStream ts = analyzer.tokenStream(language.code(), text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (wanted.contains(term.toString())) {
                    spans.add(new Span(offset.startOffset(), offset.endOffset(), term.toString()));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the text is in memory
        }
        return spans;
    }

    /** The start (0, or a word start before a match) of the window holding the most distinct terms. */
    private static int bestWindow(String text, List<Span> spans, int maxChars) {
        if (spans.getLast().end() <= maxChars) {
            return 0;
        }
        int best = 0;
        int bestCount = distinct(spans, 0, maxChars);
        for (Span s : spans) {
            int from = Math.max(0, text.lastIndexOf(' ', Math.max(0, s.start() - maxChars / 4)) + 1);
            int count = distinct(spans, from, from + maxChars);
            if (count > bestCount) {
                best = from;
                bestCount = count;
            }
        }
        return best;
    }

    private static int distinct(List<Span> spans, int from, int to) {
        Set<String> terms = new HashSet<>();
        spans.stream().filter(s -> s.start() >= from && s.end() <= to).forEach(s -> terms.add(s.term()));
        return terms.size();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package app.farol.core.store.solr;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Snippets for the Solr store, made here from the loaded text: the query's words (as written,
 * case-insensitive) in {@code <b>}, HTML-escaped. Simpler than the embedded store's analysed
 * highlighter: stemmed forms ("contratos" for "contrato") are not marked.
 */
final class SolrHighlights {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SolrHighlights() {}

    static String highlight(String query, String text, int maxChars) {
        Set<String> words = new java.util.HashSet<>();
        Matcher q = WORD.matcher(query);
        while (q.find()) {
            if (q.group().length() > 2) {
                words.add(q.group().toLowerCase(Locale.ROOT));
            }
        }
        String clipped = text.length() > maxChars ? text.substring(0, maxChars) + "…" : text;
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(clipped);
        int last = 0;
        while (m.find()) {
            out.append(escape(clipped.substring(last, m.start())));
            String w = escape(m.group());
            out.append(words.contains(m.group().toLowerCase(Locale.ROOT)) ? "<b>" + w + "</b>" : w);
            last = m.end();
        }
        return out.append(escape(clipped.substring(last))).toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

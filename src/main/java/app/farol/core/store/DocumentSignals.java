package app.farol.core.store;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a passage knows of its document beyond its own words: the file's name and the names on
 * its first page. A table in the middle of "acme-q3-report.pdf" never says "Acme", yet a person
 * asks "What was Acme's revenue?". Kept in a field of its own ({@link #FIELD}), searched at
 * a lower weight (the keyword query's document boost), so that it tells look-alike documents apart without
 * outweighing a passage's own words. The title and headings are in the passage's text field
 * already.
 */
public final class DocumentSignals {
    public static final String FIELD = "document";
    /** At most this many names from the first page: a page of names would be a second text field. */
    private static final int MAX_NAMES = 40;
    /** A capitalised word not opening a sentence, or a word in capitals: a name more likely than not. */
    private static final Pattern NAME = Pattern.compile("(?<![.!?:;\\n]\\s)(?<!^)\\b(\\p{Lu}[\\p{L}\\d&'-]+)");

    private static final Pattern FILE_WORD = Pattern.compile("[\\p{L}\\d]+");

    private DocumentSignals() {}

    /**
     * The file name's words and the first page's names: the same for every passage of the
     * document, so the field moves documents against each other, never a passage against its
     * neighbours.
     */
    public static String forDocument(String fileWords, Set<String> firstPageNames) {
        StringBuilder s = new StringBuilder(fileWords);
        firstPageNames.forEach(name -> s.append(' ').append(name));
        return s.toString();
    }

    /** "acme-q3_report.pdf" -> "acme q3 report". */
    public static String fileWords(String path) {
        String name = Path.of(path).getFileName().toString();
        int dot = name.lastIndexOf('.');
        name = dot > 0 ? name.substring(0, dot) : name;
        StringBuilder s = new StringBuilder();
        Matcher m = FILE_WORD.matcher(name);
        while (m.find()) {
            s.append(s.isEmpty() ? "" : " ").append(m.group());
        }
        return s.toString();
    }

    /** The names in the passages of the first page (the first three passages when there are no pages). */
    public static Set<String> firstPageNames(List<StoredPassage> passages) {
        Set<String> names = new LinkedHashSet<>();
        for (StoredPassage p : passages) {
            boolean first = p.page() > 0 ? p.page() == 1 : p.ordinal() < 3;
            if (!first) {
                continue;
            }
            Matcher m = NAME.matcher(p.text());
            while (m.find() && names.size() < MAX_NAMES) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}

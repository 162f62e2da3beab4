package app.farol.core.answer;

import app.farol.core.retrieval.Retriever;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.text.Language;
import app.farol.core.text.Terms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A few small documents cut into chunks with real offsets, and a retriever over them that ranks
 * by shared words (ties in document order) and, like vector search, always returns k hits.
 */
public final class SampleDocs implements Retriever {
    public static final Path REPORT = Path.of("/docs/annual-report.pdf");
    public static final Path RECEITAS = Path.of("/docs/receitas.txt");
    public static final Path BREAD = Path.of("/docs/bread.txt");

    public static final List<String> REPORT_CHUNKS = List.of(
            "The annual report covers the results of Farol Lda. Revenue in 2022 was 5 million euros. Costs were stable. ",
            "Revenue in 2023 was 7 million euros, driven by exports to Spain. The board approved a dividend of 1 euro per share. ",
            "The headquarters are in Lisbon, near the river. The company employs 40 people. ");
    public static final List<String> RECEITAS_CHUNKS =
            List.of("A receita em 2023 foi de 7 milhões de euros. A sede fica em Lisboa. ");
    public static final List<String> BREAD_CHUNKS = List.of(
            "To bake bread, mix flour, water, salt and yeast. Knead for ten minutes and let it rise. ",
            "Bake at 220 degrees for 40 minutes until the crust is brown. ");

    private final List<SearchHit> chunks = new ArrayList<>();
    public final List<String> queries = new ArrayList<>();

    public SampleDocs() {
        add(REPORT, "Annual report", REPORT_CHUNKS, 2);
        add(RECEITAS, "receitas.txt", RECEITAS_CHUNKS, 0);
        add(BREAD, "bread.txt", BREAD_CHUNKS, 0);
    }

    private void add(Path path, String title, List<String> texts, int firstPage) {
        int offset = 0;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            chunks.add(new SearchHit(
                    path,
                    title,
                    firstPage == 0 ? 0 : firstPage + i,
                    List.of(),
                    offset,
                    offset + t.length(),
                    i,
                    Language.ENGLISH,
                    0,
                    t,
                    t));
            offset += t.length();
        }
    }

    public static String fullText(Path path) {
        List<String> parts =
                path.equals(REPORT) ? REPORT_CHUNKS : path.equals(RECEITAS) ? RECEITAS_CHUNKS : BREAD_CHUNKS;
        return String.join("", parts);
    }

    public SearchHit chunk(Path path, int ordinal) {
        return chunks.stream()
                .filter(c -> c.path().equals(path) && c.chunkOrdinal() == ordinal)
                .findFirst()
                .orElseThrow();
    }

    @Override
    public List<SearchHit> search(SearchRequest request) {
        queries.add(request.query());
        Set<String> q = Terms.of(request.query());
        List<SearchHit> scored = new ArrayList<>();
        for (SearchHit c : chunks) {
            Set<String> words = Terms.of(c.text());
            double s = q.isEmpty()
                    ? 0
                    : (double) q.stream().filter(words::contains).count() / q.size();
            scored.add(new SearchHit(
                    c.path(),
                    c.title(),
                    c.page(),
                    c.headings(),
                    c.startOffset(),
                    c.endOffset(),
                    c.chunkOrdinal(),
                    c.language(),
                    s,
                    c.text(),
                    c.snippet()));
        }
        scored.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return scored.subList(0, Math.min(request.k(), scored.size()));
    }

    @Override
    public List<SearchHit> neighbours(SearchHit hit, int before, int after) {
        return chunks.stream()
                .filter(c -> c.path().equals(hit.path())
                        && c.chunkOrdinal() >= hit.chunkOrdinal() - before
                        && c.chunkOrdinal() <= hit.chunkOrdinal() + after)
                .toList();
    }
}

package app.farol.core.retrieval;

import app.farol.core.embed.Embedder;
import app.farol.core.index.PassageFilter;
import app.farol.core.index.PassageStore;
import app.farol.core.index.Candidate;
import app.farol.core.index.SearchSession;
import app.farol.core.index.StoredPassage;
import app.farol.core.ingest.LanguageDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BM25 and vector search over the same passages, merged by reciprocal rank fusion: a passage
 * that both methods rank well comes first, and either method alone can still bring a passage in.
 * Thread-safe.
 */
public final class HybridRetriever implements Retriever {
    /** The usual RRF constant; see docs/retrieval.md for what else was measured. */
    public static final int RRF_K = 60;
    /** Candidates taken from each list before fusion. */
    public static final int CANDIDATES = 100;
    private static final int SNIPPET_CHARS = 220;

    private final PassageStore store;
    private final Embedder embedder;
    private final FusionMethod method;

    public HybridRetriever(PassageStore store, Embedder embedder) {
        this(store, embedder, FusionMethod.RRF);
    }

    public HybridRetriever(PassageStore store, Embedder embedder, FusionMethod method) {
        this.store = store;
        this.embedder = embedder;
        this.method = method;
    }

    @Override
    public List<SearchHit> search(SearchRequest request) {
        String query = request.query().strip();
        if (query.isEmpty() || request.k() <= 0) {
            return List.of();
        }
        PassageFilter filter = new PassageFilter(
                request.folders().stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(), request.fileTypes());
        int depth = Math.max(CANDIDATES, request.k());
        float[] queryVector = method == FusionMethod.BM25_ONLY ? null : embedder.embed(query);
        try (SearchSession session = store.openSession()) {
            List<Candidate> keyword = method == FusionMethod.VECTOR_ONLY ? List.of() : session.keyword(query, filter, depth);
            List<Candidate> vector = queryVector == null ? List.of() : session.vector(queryVector, filter, depth);
            double vectorWeight = vectorWeight(LanguageDetector.detectShort(query));
            return fuse(keyword, vector, vectorWeight).stream()
                    .limit(request.k())
                    .map(f -> toHit(query, session.load(new Candidate(f.id, 0)), f.score))
                    .toList();
        }
    }

    private record Fused(String id, double score) {}

    /**
     * all-MiniLM-L6-v2 was trained on English: for other languages its neighbours are mostly
     * noise, so they count for less there (measured in docs/retrieval.md).
     */
    static double vectorWeight(String queryLanguage) {
        return switch (queryLanguage) {
            case LanguageDetector.ENGLISH -> 1.0;
            case LanguageDetector.PORTUGUESE -> PORTUGUESE_VECTOR_WEIGHT;
            default -> 0.7;
        };
    }

    static final double PORTUGUESE_VECTOR_WEIGHT = 0.3;

    /** Weighted reciprocal rank fusion: each list adds weight / (k + rank) to its candidates. */
    private static List<Fused> fuse(List<Candidate> keyword, List<Candidate> vector, double vectorWeight) {
        Map<String, Double> scores = new LinkedHashMap<>();
        addRanks(keyword, 1.0, scores);
        addRanks(vector, vectorWeight, scores);
        List<Fused> result = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> result.add(new Fused(id, score)));
        result.sort(Comparator.comparingDouble(Fused::score).reversed());
        return result;
    }

    private static void addRanks(List<Candidate> list, double weight, Map<String, Double> scores) {
        for (int rank = 0; rank < list.size(); rank++) {
            scores.merge(list.get(rank).id(), weight / (RRF_K + rank + 1), Double::sum);
        }
    }

    @Override
    public List<SearchHit> neighbours(SearchHit hit, int before, int after) {
        int from = Math.max(0, hit.chunkOrdinal() - before);
        int to = hit.chunkOrdinal() + after;
        return store.passageRange(hit.path().toString(), from, to).stream()
                .map(p -> p.ordinal() == hit.chunkOrdinal() ? hit : toHit("", p, 0))
                .toList();
    }

    private SearchHit toHit(String query, StoredPassage p, double score) {
        String snippet = store.highlight(query, p, SNIPPET_CHARS);
        return new SearchHit(Path.of(p.path()), p.title(), p.page(), p.headings(), p.startOffset(), p.endOffset(),
                p.ordinal(), p.language(), score, p.text(), snippet);
    }
}

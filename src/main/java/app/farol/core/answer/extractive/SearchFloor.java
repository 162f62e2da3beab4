package app.farol.core.answer.extractive;

import app.farol.core.embed.Embedder;
import app.farol.core.retrieval.Question;
import app.farol.core.retrieval.Retriever;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.text.WordCoverage;
import java.util.ArrayList;
import java.util.List;

/**
 * A retriever whose results a person can tell from noise: hybrid search always fills its page
 * (the vector half has a nearest neighbour for anything, "zzqqx" included), so a hit is kept only
 * when it shares a content word with the query (as the index's analyzers stem it, or a glossary
 * word for it: {@link WordCoverage}) or its embedding is at least {@link #MIN_COSINE} similar to the query's. An
 * empty list means nothing was found. The figures behind the floor are in docs/retrieval.md
 * (SearchFloorTest measures them). Thread-safe if the retriever and the embedder are.
 */
public final class SearchFloor implements Retriever {
    /** Without a shared word, a hit needs this cosine: the gate's own floor, below which a passage is never relevant. */
    public static final double MIN_COSINE = RelevanceGate.MIN_COSINE;

    private final Retriever retriever;
    private final Embedder embedder;

    public SearchFloor(Retriever retriever, Embedder embedder) {
        this.retriever = retriever;
        this.embedder = embedder;
    }

    /** The floor's rule for one hit. */
    public static boolean passes(double cosine, boolean sharesWord) {
        return sharesWord || cosine >= MIN_COSINE;
    }

    /** The hits that pass the floor, in the retriever's order; at most {@code request.k()}. */
    @Override
    public List<SearchHit> search(SearchRequest request) {
        List<SearchHit> hits = retriever.search(request);
        if (hits.isEmpty()) {
            return hits;
        }
        Question question = request.question();
        String query = question.text();
        WordCoverage coverage = question.words();
        float[] q = embedder.embed(query);
        List<float[]> vectors =
                embedder.embedAll(hits.stream().map(SearchHit::text).toList());
        List<SearchHit> kept = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            if (passes(Vectors.cosine(q, vectors.get(i)), coverage.in(h.text(), h.language()) > 0)) {
                kept.add(h);
            }
        }
        return kept;
    }

    @Override
    public List<SearchHit> neighbours(SearchHit hit, int before, int after) {
        return retriever.neighbours(hit, before, after);
    }
}

package app.farol.core.eval;

import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.store.StoredPassage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a collection's judged queries through a {@link HybridRetriever} and scores the result.
 *
 * <p>Farol retrieves passages, the judgments are about documents: a document ranks where its
 * best passage ranks (its later passages are skipped). The @10 figures come from the ranking the
 * app itself makes (its usual candidate depth); Recall@100 needs a hundred documents, so it
 * comes from a deeper search of {@link #PASSAGES} passages per method. Latency is timed on the
 * search the app runs (10 passages, with snippets). Not thread-safe; one run at a time.
 */
public final class Evaluator {
    /** Documents ranked per query: enough for Recall@100. */
    public static final int DOCUMENTS = 100;
    /** Passages asked for to fill {@link #DOCUMENTS} documents (a document has a few passages). */
    static final int PASSAGES = 4 * DOCUMENTS;

    private static final int APP_K = 10;
    private static final int WARM_UP_QUERIES = 10;

    private Evaluator() {}

    /**
     * @param appDepth the passages the retriever ranks when the app searches (its candidate depth)
     * @param idPrefix what the indexed document ids carry in front of the collection's ids
     */
    public static ModeResult run(
            String mode, HybridRetriever retriever, int appDepth, BeirCollection collection, String idPrefix) {
        List<String> queryIds = collection.judgedQueries();
        for (String q : queryIds.subList(0, Math.min(WARM_UP_QUERIES, queryIds.size()))) {
            retriever.search(SearchRequest.of(collection.queries().get(q), APP_K));
        }
        double ndcg = 0;
        double r10 = 0;
        double r100 = 0;
        double mrr = 0;
        long[] nanos = new long[queryIds.size()];
        Map<String, Double> perQuery = new HashMap<>();
        for (int i = 0; i < queryIds.size(); i++) {
            String id = queryIds.get(i);
            String text = collection.queries().get(id);
            long start = System.nanoTime();
            retriever.search(SearchRequest.of(text, APP_K));
            nanos[i] = System.nanoTime() - start;
            List<String> ranking = documentRanking(retriever.passages(text, appDepth), idPrefix);
            List<String> deep = documentRanking(retriever.passages(text, PASSAGES), idPrefix);
            Map<String, Integer> judged = collection.judgments().get(id);
            double n = RankingMetrics.ndcg(ranking, judged, 10);
            perQuery.put(id, n);
            ndcg += n;
            r10 += RankingMetrics.recall(ranking, judged, 10);
            r100 += RankingMetrics.recall(deep, judged, 100);
            mrr += RankingMetrics.reciprocalRank(ranking, judged, 10);
        }
        int count = Math.max(1, queryIds.size());
        return new ModeResult(
                mode,
                queryIds.size(),
                ndcg / count,
                r10 / count,
                r100 / count,
                mrr / count,
                percentile(nanos, 50),
                percentile(nanos, 95),
                perQuery);
    }

    /** Document ids in the order of their best passage, at most {@link #DOCUMENTS}. */
    static List<String> documentRanking(List<StoredPassage> passages, String idPrefix) {
        Set<String> docs = new LinkedHashSet<>();
        for (StoredPassage p : passages) {
            String path = p.path();
            docs.add(path.startsWith(idPrefix) ? path.substring(idPrefix.length()) : path);
            if (docs.size() == DOCUMENTS) {
                break;
            }
        }
        return new ArrayList<>(docs);
    }

    static double percentile(long[] nanos, int p) {
        if (nanos.length == 0) {
            return 0;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}

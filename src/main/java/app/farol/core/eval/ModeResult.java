package app.farol.core.eval;

import java.util.Map;

/**
 * The figures of one retrieval mode on one collection, each averaged over the judged queries.
 *
 * @param mode "hybrid", "bm25" or "vector"
 * @param queries how many queries were run (those with at least one relevant document)
 * @param ndcg10 nDCG@10 with graded gains
 * @param recall10 Recall@10
 * @param recall100 Recall@100
 * @param mrr10 MRR@10
 * @param latencyP50Millis median time of one search as the app runs it (10 passages)
 * @param latencyP95Millis 95th percentile of the same
 * @param perQueryNdcg10 nDCG@10 of each query, by query id, to compare runs query by query
 */
public record ModeResult(
        String mode,
        int queries,
        double ndcg10,
        double recall10,
        double recall100,
        double mrr10,
        double latencyP50Millis,
        double latencyP95Millis,
        Map<String, Double> perQueryNdcg10) {
    public ModeResult {
        perQueryNdcg10 = Map.copyOf(perQueryNdcg10);
    }
}

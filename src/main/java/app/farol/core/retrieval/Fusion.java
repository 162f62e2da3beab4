package app.farol.core.retrieval;

import app.farol.core.index.RankedPassage;
import app.farol.core.index.StoredPassage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the keyword and the vector result lists into one, by rank or by normalised score.
 * Pure functions; a passage is identified by its path and ordinal.
 */
final class Fusion {
    /** The usual RRF constant (Cormack et al. 2009). */
    static final int RRF_K = 60;

    private Fusion() {}

    /** A passage with its fused score. */
    record Fused(StoredPassage passage, double score) {}

    /**
     * Weighted reciprocal rank fusion: each list adds {@code weight / (k + rank)}. Ignores how
     * sure each method was, only where it put the passage.
     */
    static List<Fused> reciprocalRank(List<RankedPassage> keyword, List<RankedPassage> vector, double vectorWeight) {
        Map<String, StoredPassage> passages = new LinkedHashMap<>();
        Map<String, Double> scores = new HashMap<>();
        for (int rank = 0; rank < keyword.size(); rank++) {
            add(keyword.get(rank).passage(), 1.0 / (RRF_K + rank + 1), passages, scores);
        }
        for (int rank = 0; rank < vector.size(); rank++) {
            add(vector.get(rank).passage(), vectorWeight / (RRF_K + rank + 1), passages, scores);
        }
        return sorted(passages, scores);
    }

    /**
     * Convex combination of min-max normalised scores: {@code (1 - a) * bm25 + a * cosine} with
     * {@code a = w / (1 + w)} for vector weight w; a passage missing from a list scores 0 there.
     * Keeps the margin by which a method prefers its first passage, which ranks throw away:
     * a BM25 hit far above the rest stays first even when the vectors disagree.
     */
    static List<Fused> convex(List<RankedPassage> keyword, List<RankedPassage> vector, double vectorWeight) {
        return convex(keyword, vector, vectorWeight, false);
    }

    /**
     * As {@link #convex(List, List, double)}; with {@code theoreticalMin} each list is scaled
     * from the lowest score its method can give (0 for BM25 and for Lucene's cosine score,
     * which is (1 + cos) / 2) instead of from its last passage (Bruch et al. 2023, "TM2C2").
     */
    static List<Fused> convex(List<RankedPassage> keyword, List<RankedPassage> vector, double vectorWeight, boolean theoreticalMin) {
        double a = vectorWeight / (1 + vectorWeight);
        Map<String, StoredPassage> passages = new LinkedHashMap<>();
        Map<String, Double> scores = new HashMap<>();
        addNormalised(keyword, 1 - a, theoreticalMin, passages, scores);
        addNormalised(vector, a, theoreticalMin, passages, scores);
        return sorted(passages, scores);
    }

    private static void addNormalised(List<RankedPassage> list, double weight, boolean theoreticalMin,
            Map<String, StoredPassage> passages, Map<String, Double> scores) {
        if (list.isEmpty()) {
            return;
        }
        double max = list.getFirst().score();
        double min = theoreticalMin ? 0 : list.getLast().score();
        double range = max - min;
        for (RankedPassage r : list) {
            double normalised = range <= 0 ? 1 : (r.score() - min) / range;
            add(r.passage(), weight * normalised, passages, scores);
        }
    }

    private static void add(StoredPassage p, double score, Map<String, StoredPassage> passages, Map<String, Double> scores) {
        String key = p.path() + "#" + p.ordinal();
        passages.putIfAbsent(key, p);
        scores.merge(key, score, Double::sum);
    }

    private static List<Fused> sorted(Map<String, StoredPassage> passages, Map<String, Double> scores) {
        List<Fused> result = new ArrayList<>(passages.size());
        passages.forEach((key, p) -> result.add(new Fused(p, scores.get(key))));
        result.sort(Comparator.comparingDouble(Fused::score).reversed());
        return result;
    }
}

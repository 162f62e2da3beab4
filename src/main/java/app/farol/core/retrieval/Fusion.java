package app.farol.core.retrieval;

import app.farol.core.store.Candidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Merges the keyword and the vector result lists into one, by rank or by normalised score.
 * Pure functions over candidate ids, so only the passages that survive fusion need loading.
 */
final class Fusion {
    /** The usual RRF constant (Cormack et al. 2009). */
    static final int RRF_K = 60;
    /** Every vector candidate counts in full (see {@code vectorShare}). */
    static final ToDoubleFunction<String> FULL_SHARE = id -> 1;

    private Fusion() {}

    /** A candidate id with its fused score. */
    record Fused(String id, double score) {}

    /**
     * Weighted reciprocal rank fusion: each list adds {@code weight / (k + rank)}. Ignores how
     * sure each method was, only where it put the passage.
     */
    static List<Fused> reciprocalRank(List<Candidate> keyword, List<Candidate> vector, double vectorWeight) {
        return reciprocalRank(keyword, vector, vectorWeight, FULL_SHARE);
    }

    /**
     * As above; {@code vectorShare} scales the vector list's part for each candidate id (0 to 1),
     * for passages whose vector the method trusts less than the query's.
     */
    static List<Fused> reciprocalRank(
            List<Candidate> keyword,
            List<Candidate> vector,
            double vectorWeight,
            ToDoubleFunction<String> vectorShare) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int rank = 0; rank < keyword.size(); rank++) {
            scores.merge(keyword.get(rank).id(), 1.0 / (RRF_K + rank + 1), Double::sum);
        }
        for (int rank = 0; rank < vector.size(); rank++) {
            String id = vector.get(rank).id();
            scores.merge(id, vectorShare.applyAsDouble(id) * vectorWeight / (RRF_K + rank + 1), Double::sum);
        }
        return sorted(scores);
    }

    /**
     * Convex combination of min-max normalised scores: {@code (1 - a) * bm25 + a * cosine} with
     * {@code a = w / (1 + w)} for vector weight w; a passage missing from a list scores 0 there.
     * Keeps the margin by which a method prefers its first passage, which ranks throw away:
     * a BM25 hit far above the rest stays first even when the vectors disagree.
     */
    static List<Fused> convex(List<Candidate> keyword, List<Candidate> vector, double vectorWeight) {
        return convex(keyword, vector, vectorWeight, false, FULL_SHARE);
    }

    /**
     * As {@link #convex(List, List, double)}; with {@code theoreticalMin} each list is scaled
     * from the lowest score its method can give (0 for BM25 and for Lucene's cosine score,
     * which is (1 + cos) / 2) instead of from its last passage (Bruch et al. 2023, "TM2C2").
     */
    static List<Fused> convex(
            List<Candidate> keyword,
            List<Candidate> vector,
            double vectorWeight,
            boolean theoreticalMin,
            ToDoubleFunction<String> vectorShare) {
        double a = vectorWeight / (1 + vectorWeight);
        Map<String, Double> scores = new LinkedHashMap<>();
        // A passage whose similarity counts only in part (another language than the question's)
        // has its keywords count for the rest: an English question's Portuguese answer is found by
        // the glossary's words, and the vector weight it cannot use must not go to noise.
        addNormalised(
                keyword, 1 - a, theoreticalMin, id -> 1 + a / (1 - a) * (1 - vectorShare.applyAsDouble(id)), scores);
        addNormalised(vector, a, theoreticalMin, vectorShare, scores);
        return sorted(scores);
    }

    private static void addNormalised(
            List<Candidate> list,
            double weight,
            boolean theoreticalMin,
            ToDoubleFunction<String> share,
            Map<String, Double> scores) {
        if (list.isEmpty()) {
            return;
        }
        double max = list.getFirst().score();
        double min = theoreticalMin ? 0 : list.getLast().score();
        double range = max - min;
        for (Candidate c : list) {
            double normalised = range <= 0 ? 1 : (c.score() - min) / range;
            scores.merge(c.id(), share.applyAsDouble(c.id()) * weight * normalised, Double::sum);
        }
    }

    private static List<Fused> sorted(Map<String, Double> scores) {
        List<Fused> result = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> result.add(new Fused(id, score)));
        result.sort(Comparator.comparingDouble(Fused::score).reversed());
        return result;
    }
}

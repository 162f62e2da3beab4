package app.farol.core.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard ranking metrics, computed as BEIR and pytrec_eval compute them, for one query.
 *
 * <p>{@code ranking} is the system's document ids, best first (duplicates after the first are
 * ignored); {@code judged} maps a document id to its judged grade. Grades above zero are
 * relevant; a grade is also the gain nDCG counts (linear gains, as pytrec_eval). Every method
 * is pure and returns 0 for a query with nothing relevant judged.
 */
public final class RankingMetrics {
    private RankingMetrics() {}

    /** Normalised discounted cumulative gain of the first {@code k} documents. */
    public static double ndcg(List<String> ranking, Map<String, Integer> judged, int k) {
        double dcg = 0;
        List<String> top = distinct(ranking, k);
        for (int i = 0; i < top.size(); i++) {
            int grade = judged.getOrDefault(top.get(i), 0);
            if (grade > 0) {
                dcg += grade / log2(i + 2);
            }
        }
        List<Integer> ideal = judged.values().stream()
                .filter(g -> g > 0)
                .sorted((a, b) -> b - a)
                .limit(k)
                .toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Share of the relevant documents found in the first {@code k}. */
    public static double recall(List<String> ranking, Map<String, Integer> judged, int k) {
        long relevant = judged.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) {
            return 0;
        }
        long found = distinct(ranking, k).stream()
                .filter(d -> judged.getOrDefault(d, 0) > 0)
                .count();
        return (double) found / relevant;
    }

    /** Reciprocal rank of the first relevant document within the first {@code k}, else 0. */
    public static double reciprocalRank(List<String> ranking, Map<String, Integer> judged, int k) {
        List<String> top = distinct(ranking, k);
        for (int i = 0; i < top.size(); i++) {
            if (judged.getOrDefault(top.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static List<String> distinct(List<String> ranking, int k) {
        Set<String> seen = new HashSet<>();
        return ranking.stream().filter(seen::add).limit(k).toList();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

package app.farol.core.retrieval;

import app.farol.core.text.Language;

/**
 * How {@link HybridRetriever} ranks: the fusion, how deep each method searches, and how much the
 * vectors count for a query in each language. {@link #DEFAULT} holds the values measured best on
 * all benchmark collections together (docs/retrieval.md); the others exist to measure.
 *
 * @param method how the two lists are merged
 * @param candidates passages each method contributes before fusion
 * @param vectorWeightEnglish vector weight against BM25's 1 for an English query
 * @param vectorWeightPortuguese the same for a Portuguese query: all-MiniLM-L6-v2 learnt English,
 *     its Portuguese neighbours are weak
 * @param vectorWeightOther the same for a query in another or an undecided language
 */
public record RetrievalSettings(
        FusionMethod method,
        int candidates,
        double vectorWeightEnglish,
        double vectorWeightPortuguese,
        double vectorWeightOther) {

    public static final RetrievalSettings DEFAULT = new RetrievalSettings(FusionMethod.DEFAULT, 100, 1.0, 0.3, 0.7);

    public RetrievalSettings {
        if (candidates <= 0) {
            throw new IllegalArgumentException("candidates must be positive: " + candidates);
        }
    }

    public RetrievalSettings withMethod(FusionMethod m) {
        return new RetrievalSettings(m, candidates, vectorWeightEnglish, vectorWeightPortuguese, vectorWeightOther);
    }

    public RetrievalSettings withCandidates(int n) {
        return new RetrievalSettings(method, n, vectorWeightEnglish, vectorWeightPortuguese, vectorWeightOther);
    }

    public RetrievalSettings withVectorWeights(double english, double portuguese, double other) {
        return new RetrievalSettings(method, candidates, english, portuguese, other);
    }

    /** The vector weight for a query detected as {@code language}. */
    public double vectorWeight(Language language) {
        return switch (language) {
            case Language.ENGLISH -> vectorWeightEnglish;
            case Language.PORTUGUESE -> vectorWeightPortuguese;
            default -> vectorWeightOther;
        };
    }
}

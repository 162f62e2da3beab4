package app.farol.core.answer.llm;

/**
 * Speculative sampling for a deterministic draft (prompt lookup drafts one token with certainty):
 * the drafted token is kept with probability {@code p(d)}; otherwise a token is sampled from
 * {@code p} with {@code d} left out and renormalised. The token picked is then distributed
 * exactly as {@code p}: {@code p(d)} for {@code d}, and {@code (1 - p(d)) * p(x) / (1 - p(d))}
 * for any other {@code x} (Leviathan et al. 2023, with a draft distribution that is a point
 * mass). Stateless: thread-safe.
 */
final class DraftAcceptance {
    private DraftAcceptance() {}

    /** {@code softmax(logits / temperature)} into {@code p}; temperature above 0. */
    static void probabilities(float[] logits, float temperature, double[] p) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp((logits[i] - max) / temperature);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
    }

    /**
     * The token picked where {@code draft} was proposed.
     *
     * @param keep uniform in [0, 1): keeps the draft when below {@code p[draft]}
     * @param other uniform in [0, 1): samples the replacement
     */
    static int pick(double[] p, int draft, double keep, double other) {
        if (keep < p[draft]) {
            return draft;
        }
        double rest = 1 - p[draft];
        double target = other * rest;
        double acc = 0;
        int last = -1;
        for (int i = 0; i < p.length; i++) {
            if (i == draft || p[i] == 0) {
                continue;
            }
            acc += p[i];
            last = i;
            if (acc > target) {
                return i;
            }
        }
        return last < 0 ? draft : last; // rounding: the last token with any probability
    }

    /** A plain sample of {@code p}. */
    static int sample(double[] p, double u) {
        double acc = 0;
        int last = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                acc += p[i];
                last = i;
                if (acc > u) {
                    return i;
                }
            }
        }
        return last;
    }
}

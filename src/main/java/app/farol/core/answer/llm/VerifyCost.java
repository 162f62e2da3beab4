package app.farol.core.answer.llm;

import com.github.tjake.jlama.model.AbstractModel;
import com.github.tjake.jlama.tensor.AbstractTensor;
import com.github.tjake.jlama.tensor.KvBufferCache;
import java.util.Arrays;
import java.util.Optional;

/**
 * What verifying {@code k} drafted tokens in one {@code batchForward} costs against one plain
 * decoding step, measured side by side at the same position after a real prompt, in rounds that
 * interleave every batch size (so a machine's load weighs on all of them alike); medians.
 *
 * <p>A speculative step reads the current token and {@code k} drafts ({@code k + 1} tokens) and
 * samples once per token it produces, as plain decoding does; so it gains when it keeps more than
 * {@code batch(k + 1) / forward - 1} drafts on average (the break-even).
 *
 * @param forwardMillis one plain step's forward pass (1 token), without sampling
 * @param sampleMillis one sample (output norm and vocabulary logits)
 * @param batchMillis {@code batchMillis[n]}: a batchForward of {@code n} tokens (index 0 unused)
 */
public record VerifyCost(double forwardMillis, double sampleMillis, double[] batchMillis) {

    /** Cost of verifying {@code k} drafts (batch of k + 1, one sample) in plain decoding steps. */
    public double verifySteps(int k) {
        return (batchMillis[k + 1] + sampleMillis) / (forwardMillis + sampleMillis);
    }

    /** Drafts a step must keep on average for speculation with {@code k} drafts to break even. */
    public double breakEvenAccepted(int k) {
        return batchMillis[k + 1] / forwardMillis - 1;
    }

    /**
     * The share of drafted tokens that must match, each with the same chance {@code a}, for
     * speculation with {@code k} drafts to break even: the {@code a} at which the expected run
     * of kept drafts, {@code a + a^2 + ... + a^k} (a step stops at the first miss), equals
     * {@link #breakEvenAccepted}. Above 1 when no acceptance can pay (returned as 1).
     */
    public double breakEvenTokenAcceptance(int k) {
        double need = breakEvenAccepted(k);
        if (need <= 0) {
            return 0;
        }
        if (need >= k) {
            return 1;
        }
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double a = (lo + hi) / 2;
            double run = 0;
            double term = 1;
            for (int j = 0; j < k; j++) {
                term *= a;
                run += term;
            }
            if (run < need) {
                lo = a;
            } else {
                hi = a;
            }
        }
        return (lo + hi) / 2;
    }

    /**
     * Measures after reading {@code prompt} into a fresh cache, for k = 1..maxDrafts.
     * Holds the engine's lock; takes about {@code rounds * (maxDrafts + 3)} forward passes.
     */
    @SuppressWarnings("rawtypes")
    public static VerifyCost measure(JlamaEngine engine, ChatPrompt prompt, int maxDrafts, int rounds) {
        synchronized (engine) {
            AbstractModel model = engine.model();
            int[] tokens = engine.promptTokens(prompt);
            int pos = tokens.length;
            int[] drafts = Arrays.copyOfRange(tokens, pos - maxDrafts - 1, pos);
            double[][] batch = new double[maxDrafts + 2][rounds];
            double[] forward = new double[rounds];
            double[] sample = new double[rounds];
            try (KvBufferCache.KvBuffer kv = new KvBufferCache(model).getEphemeralKvBuffer();
                    AbstractTensor logits = model.makeDenseTensor(model.getConfig().vocabularySize)) {
                model.batchForward(tokens, 0, kv).close();
                for (int r = 0; r < rounds; r++) {
                    long t = System.nanoTime();
                    try (AbstractTensor out = model.forward(drafts[0], pos, kv, Optional.empty())) {
                        forward[r] = millis(t);
                        t = System.nanoTime();
                        model.sample(out, 0f, 0f, logits);
                        sample[r] = millis(t);
                    }
                    for (int n = 1; n <= maxDrafts + 1; n++) {
                        t = System.nanoTime();
                        model.batchForward(Arrays.copyOf(drafts, n), pos, kv).close();
                        batch[n][r] = millis(t);
                    }
                }
            }
            double[] medians = new double[maxDrafts + 2];
            for (int n = 1; n <= maxDrafts + 1; n++) {
                medians[n] = median(batch[n]);
            }
            return new VerifyCost(median(forward), median(sample), medians);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}

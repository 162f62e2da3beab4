package app.farol.core.answer.llm;

import app.farol.core.util.CancelToken;
import com.github.tjake.jlama.model.AbstractModel;
import com.github.tjake.jlama.tensor.AbstractTensor;
import com.github.tjake.jlama.tensor.KvBufferCache;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * The token loop of one answer after its prompt is read: sample, forward, repeat, with
 * prompt-lookup speculation under greedy decoding.
 *
 * <p>Speculation: the next {@code draftTokens} tokens are drafted from the earlier occurrence of
 * the last n-gram ({@link PromptLookup}), the current token and the draft are read in one
 * {@code batchForward}, and the longest draft prefix that equals what greedy decoding picks at
 * each row is kept, plus the token greedy picks after it. Each row's logits are those a plain
 * step at that position would compute (attention looks only at earlier positions), so greedy
 * output is the same token for token; cache entries of rejected drafts lie past the last kept
 * position and are overwritten by the next step. With a temperature above 0 each draft is kept
 * with the model's probability for it ({@link DraftAcceptance}), which keeps the distribution of
 * the output exactly; the random sequence differs from plain decoding, so a seeded answer does.
 *
 * <p>Not thread-safe: one per generation, run under the engine's lock.
 */
@SuppressWarnings("rawtypes") // Jlama's tensors are generic over vector types we never name
final class TokenLoop {
    private final AbstractModel model;
    private final KvBufferCache.KvBuffer kv;
    private final int context;
    private final int draftTokens;
    private final int[] history;
    private int pos;
    private int generated;
    private int drafted;
    private int accepted;
    private float[] raw; // logits and probabilities for sampling through drafts, made on first use
    private double[] probabilities;

    /**
     * @param prompt the tokens already in {@code kv} at positions 0..prompt.length
     */
    TokenLoop(AbstractModel model, KvBufferCache.KvBuffer kv, int[] prompt, int draftTokens, int maxNewTokens) {
        this.model = model;
        this.kv = kv;
        this.context = model.getConfig().contextLength;
        this.draftTokens = draftTokens;
        this.history = new int[Math.min(context, prompt.length + maxNewTokens + draftTokens + 2)];
        System.arraycopy(prompt, 0, history, 0, prompt.length);
        this.pos = prompt.length;
    }

    /**
     * Runs from the first sampled token until a stop; every token taken (the end token included)
     * is counted in {@link #generated()}, every other one passed to {@code emit}.
     */
    StopReason run(
            int first, GenerationLimits limits, Random random, IntConsumer emit, CancelToken cancel, long deadline) {
        ArrayDeque<Integer> decided = new ArrayDeque<>(); // after current; current is then in the cache
        int current = first;
        generated = 1;
        try (AbstractTensor logits = model.makeDenseTensor(model.getConfig().vocabularySize)) {
            while (true) {
                if (model.getConfig().eosTokens.contains(current)) {
                    return StopReason.END_TOKEN;
                }
                emit.accept(current);
                if (generated >= limits.maxNewTokens()) {
                    return StopReason.TOKEN_CAP;
                } else if (cancel.isCancelled()) {
                    return StopReason.CANCELLED;
                } else if (System.nanoTime() >= deadline) {
                    return StopReason.TIME_CAP;
                }
                if (decided.isEmpty()) {
                    if (pos + 1 >= context) {
                        return StopReason.CONTEXT_FULL;
                    }
                    int room = Math.min(limits.maxNewTokens() - generated - 1, context - pos - 2);
                    int k = Math.min(draftTokens, room);
                    step(current, k, limits.temperature(), random, logits, decided);
                }
                current = decided.poll();
                generated++;
            }
        }
    }

    /** Reads {@code current} (with a draft when {@code k > 0}) and queues the tokens decided. */
    private void step(
            int current, int k, float temperature, Random random, AbstractTensor logits, ArrayDeque<Integer> out) {
        history[pos] = current;
        int[] draft = k > 0 ? PromptLookup.draft(history, pos + 1, k) : new int[0];
        if (draft.length == 0) {
            try (AbstractTensor t = model.forward(current, pos, kv, Optional.empty())) {
                out.add(model.sample(t, temperature, random.nextFloat(), logits));
            }
            pos++;
            return;
        }
        int[] batch = new int[draft.length + 1];
        batch[0] = current;
        System.arraycopy(draft, 0, batch, 1, draft.length);
        drafted += draft.length;
        int kept = 0;
        try (AbstractTensor rows = model.batchForward(batch, pos, kv)) {
            for (int i = 0; i <= draft.length; i++) {
                int next = model.sample(rows.slice(i), 0f, 0f, logits); // greedy pick; raw logits kept
                if (temperature > 0f) {
                    next = sampled(logits, temperature, i < draft.length ? draft[i] : -1, random);
                }
                out.add(next);
                if (i == draft.length || next != draft[i]) {
                    break;
                }
                history[pos + 1 + i] = next;
                kept++;
            }
        }
        accepted += kept;
        pos += kept + 1;
    }

    /** The token sampled from raw logits, with {@code draft} (or -1) kept by speculative sampling. */
    private int sampled(AbstractTensor logits, float temperature, int draft, Random random) {
        int vocabulary = model.getConfig().vocabularySize;
        if (raw == null) {
            raw = new float[vocabulary];
            probabilities = new double[vocabulary];
        }
        for (int i = 0; i < vocabulary; i++) {
            raw[i] = logits.get(0, i);
        }
        DraftAcceptance.probabilities(raw, temperature, probabilities);
        return draft < 0
                ? DraftAcceptance.sample(probabilities, random.nextDouble())
                : DraftAcceptance.pick(probabilities, draft, random.nextDouble(), random.nextDouble());
    }

    int generated() {
        return generated;
    }

    /** Drafted tokens verified so far. */
    int drafted() {
        return drafted;
    }

    /** Drafted tokens kept (equal to what plain decoding picks). */
    int accepted() {
        return accepted;
    }

    /** The tokens whose cache entries are valid, positions 0 to the last one read. */
    int[] cached() {
        return Arrays.copyOf(history, pos);
    }
}

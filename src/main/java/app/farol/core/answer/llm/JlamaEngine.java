package app.farol.core.answer.llm;

import app.farol.core.model.LocalModelFolder;
import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import com.github.tjake.jlama.model.AbstractModel;
import com.github.tjake.jlama.model.ModelSupport;
import com.github.tjake.jlama.safetensors.DType;
import com.github.tjake.jlama.tensor.AbstractTensor;
import com.github.tjake.jlama.tensor.KvBufferCache;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local model run by Jlama, loaded from a folder with {@link ModelSupport#loadModel} (which
 * never touches the network), with its own token loop so that generation can be stopped, capped
 * in tokens and time, and can reuse the instruction prefix.
 *
 * <p>Cache reuse ({@link EngineTuning.Reuse}): one key/value cache is kept with the tokens it
 * holds; a question is read from the first token where its prompt differs from them (the
 * instructions, then the passages a follow-up shares with the previous question). Attention only
 * looks at positions before the current one, so entries past that point are never read; they are
 * overwritten. The cache lives in memory only (Jlama's ephemeral buffers), never in temp files.
 *
 * <p>Speculation: under greedy decoding the token loop drafts from the prompt and verifies in one
 * pass ({@link TokenLoop}); the answer is the same token for token.
 *
 * <p>Thread-safe: {@link #generate} is serialised; the Jlama model runs on its own worker pool.
 */
@SuppressWarnings("rawtypes") // Jlama's tensors are generic over vector types we never name
public final class JlamaEngine implements ChatEngine {
    private static final Logger LOG = LoggerFactory.getLogger(JlamaEngine.class);

    private final AbstractModel model;
    private final TokenCodec codec;
    private final PromptTemplate template;
    private final KvBufferCache kvCache;
    private final String name;
    private EngineTuning tuning = EngineTuning.DEFAULT;
    private KvBufferCache.KvBuffer kept;
    /** Tokens whose entries in {@link #kept} are valid, from position 0. */
    private int[] held = new int[0];

    private volatile double promptSpeed;
    /** The latest chunks read, newest last: what {@link #readingCost()} is fitted to. */
    private final ArrayDeque<ReadingCost.Chunk> recentChunks = new ArrayDeque<>();
    /** No chunk read yet: the first one after loading runs before the JIT has compiled the kernels. */
    private boolean cold = true;

    private volatile ReadingCost readingCost = ReadingCost.UNKNOWN;
    private volatile Drafts lastDrafts = new Drafts(0, 0);

    /** Drafted and kept tokens of the last generation (both 0 without speculation). */
    public record Drafts(int drafted, int accepted) {}

    private JlamaEngine(AbstractModel model, String name) {
        this.model = model;
        this.codec = new TokenCodec(model.getTokenizer());
        this.template = new PromptTemplate(model);
        this.kvCache = new KvBufferCache(model);
        this.name = name;
    }

    /**
     * Loads the model in {@code folder}.
     *
     * @throws FarolException naming the folder when it is not a usable model
     */
    public static JlamaEngine load(Path folder) {
        return load(folder, DType.F32, DType.I8);
    }

    /**
     * Loads the model in {@code folder} with other working types (for measurement: the product
     * keeps F32 activations and an I8-quantized input to the Q4 products, see docs/performance.md).
     *
     * @param working the type of activations and of the key/value cache
     * @param quantized the type activations are quantized to before a product with the weights
     */
    public static JlamaEngine load(Path folder, DType working, DType quantized) {
        LocalModelFolder.requireUsable(folder);
        try {
            AbstractModel m = ModelSupport.loadModel(
                    folder.toFile(), null, working, quantized, Optional.empty(), Optional.empty());
            return new JlamaEngine(m, folder.getFileName().toString());
        } catch (RuntimeException e) {
            throw new FarolException("Could not load the model in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Changes the speed settings (for measurement and tests); drops the cache when the reuse
     * changes (chunk size and drafting leave what it holds valid).
     */
    public synchronized void setTuning(EngineTuning next) {
        if (next.reuse() != tuning.reuse()) {
            dropCache();
        }
        this.tuning = next;
    }

    public synchronized EngineTuning tuning() {
        return tuning;
    }

    /** Drafted and kept tokens of the last generation. */
    public Drafts lastDrafts() {
        return lastDrafts;
    }

    /**
     * Reads the instructions into the cache now (and measures prompt speed), so the first question
     * does not pay for them. Does nothing without reuse.
     */
    public synchronized void prepare(String instructions) {
        if (tuning.reuse() != EngineTuning.Reuse.NONE) {
            int[] ids = withBos(codec.encode(
                    template.render(new ChatPrompt(instructions, "")).prefix()));
            int from = Math.min(common(held, ids), ids.length);
            if (from < ids.length) {
                held = Arrays.copyOf(ids, from);
                long t = System.nanoTime();
                AbstractTensor out = read(ids, from, cache(), text -> {}, CancelToken.none(), Long.MAX_VALUE);
                out.close();
                noteSpeed(ids.length - from, millis(t));
                LOG.info("Instruction prefix of {} tokens read in {} ms", ids.length - from, millis(t));
            }
            held = ids;
        }
    }

    @Override
    public synchronized GenerationResult generate(
            ChatPrompt prompt, GenerationLimits limits, TokenSink sink, CancelToken cancel) {
        long t0 = System.nanoTime();
        long deadline = t0 + limits.maxTime().toNanos();
        PromptTemplate.Rendered r =
                template.render(new ChatPrompt(prompt.instructions(), sanitize(prompt.userMessage())));
        LOG.debug("Prompt for {}: {}{}", name, r.prefix(), r.suffix());
        int[] prefixIds = withBos(codec.encode(r.prefix()));
        int[] tokens = promptTokens(prompt);
        int context = contextLength();
        if (tokens.length + 1 >= context) {
            throw new FarolException("The question and its passages need " + tokens.length
                    + " tokens, more than the model's context of " + context + ". Ask with less context.");
        }
        lastDrafts = new Drafts(0, 0);
        if (tuning.reuse() == EngineTuning.Reuse.NONE) {
            try (KvBufferCache.KvBuffer kv = kvCache.getEphemeralKvBuffer()) {
                return run(tokens, 0, kv, limits, sink, cancel, t0, deadline).result();
            }
        }
        int from = Math.min(common(held, tokens), tokens.length - 1); // read at least one token
        held = Arrays.copyOf(tokens, from); // what stays valid if reading stops or fails
        Run run = run(tokens, from, cache(), limits, sink, cancel, t0, deadline);
        if (run.cached() != null) {
            held = tuning.reuse() == EngineTuning.Reuse.CONVERSATION ? run.cached() : prefixIds;
        }
        return run.result();
    }

    private record Run(GenerationResult result, int[] cached) {}

    private Run run(
            int[] tokens,
            int from,
            KvBufferCache.KvBuffer kv,
            GenerationLimits limits,
            TokenSink sink,
            CancelToken cancel,
            long t0,
            long deadline) {
        int[] feed = Arrays.copyOfRange(tokens, from, tokens.length);
        long readStart = System.nanoTime();
        AbstractTensor last = read(tokens, from, kv, sink, cancel, deadline);
        long promptMillis = millis(readStart);
        if (last == null) {
            StopReason why = cancel.isCancelled() ? StopReason.CANCELLED : StopReason.TIME_CAP;
            return new Run(
                    new GenerationResult("", why, feed.length, from, 0, promptMillis, millis(t0), millis(t0)), null);
        }
        noteSpeed(feed.length, promptMillis);
        Random random = new Random(limits.seed());
        Utf8Stream utf8 = new Utf8Stream();
        StringBuilder text = new StringBuilder();
        int first;
        try (AbstractTensor logits = model.makeDenseTensor(model.getConfig().vocabularySize)) {
            AbstractTensor row = last.slice(last.shape().first() - 1);
            first = model.sample(row, limits.temperature(), random.nextFloat(), logits);
        } finally {
            last.close();
        }
        long firstMillis = millis(t0);
        TokenLoop loop = new TokenLoop(model, kv, tokens, tuning.draftTokens(), limits.maxNewTokens());
        StopReason stop =
                loop.run(first, limits, random, id -> emit(utf8.push(codec.bytes(id)), text, sink), cancel, deadline);
        emit(utf8.flush(), text, sink);
        lastDrafts = new Drafts(loop.drafted(), loop.accepted());
        GenerationResult result = new GenerationResult(
                text.toString(), stop, feed.length, from, loop.generated(), promptMillis, firstMillis, millis(t0));
        return new Run(result, loop.cached());
    }

    /**
     * Reads {@code tokens[from..]} into the cache at their positions, in chunks; returns the last
     * chunk's output, or null when stopped.
     */
    private AbstractTensor read(
            int[] tokens, int from, KvBufferCache.KvBuffer kv, TokenSink sink, CancelToken cancel, long deadline) {
        int chunkSize = tuning.chunk();
        AbstractTensor last = null;
        for (int i = from; i < tokens.length; i += chunkSize) {
            if (last != null) {
                last.close();
                last = null;
            }
            if (cancel.isCancelled() || System.nanoTime() >= deadline) {
                return null;
            }
            int[] chunk = Arrays.copyOfRange(tokens, i, Math.min(tokens.length, i + chunkSize));
            long t = System.nanoTime();
            last = model.batchForward(chunk, i, kv);
            ReadingCost.Chunk read = new ReadingCost.Chunk(i, chunk.length, (System.nanoTime() - t) / 1e9);
            // the first chunk after loading took 1.5-1.8 times its neighbours (docs/performance.md):
            // left out of the fit unless nothing else is measured
            if (!cold || i + chunkSize >= tokens.length) {
                noteChunk(read);
            }
            cold = false;
            sink.onPromptRead(i - from + chunk.length, tokens.length - from);
        }
        readingCost = ReadingCost.fit(List.copyOf(recentChunks));
        return last;
    }

    private KvBufferCache.KvBuffer cache() {
        if (kept == null) {
            kept = kvCache.getEphemeralKvBuffer();
        }
        return kept;
    }

    private void dropCache() {
        held = new int[0];
        if (kept != null) {
            kept.close();
            kept = null;
        }
    }

    private static int common(int[] a, int[] b) {
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n && a[i] == b[i]) {
            i++;
        }
        return i;
    }

    /** Keeps the last chunks (about 3,000 tokens at the default chunk), so the fit follows the load. */
    private void noteChunk(ReadingCost.Chunk chunk) {
        recentChunks.addLast(chunk);
        while (recentChunks.size() > 48) {
            recentChunks.removeFirst();
        }
    }

    private void noteSpeed(int tokens, long ms) {
        if (tokens >= 16 && ms > 0) {
            promptSpeed = tokens * 1000.0 / ms;
        }
    }

    /**
     * Removes every special-token string ({@code [INST]}, {@code <|system|>}, {@code </s>}...)
     * from the passages and the question, repeated until none is left: one pass would turn
     * {@code [/IN[/INST]ST]} into a real {@code [/INST]}, letting a document close the user turn
     * and speak as the system. Package-private for tests.
     */
    String sanitize(String userMessage) {
        String s = userMessage;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String special : codec.specialStrings()) {
                if (!special.isEmpty() && s.contains(special)) {
                    s = s.replace(special, "");
                    changed = true;
                }
            }
        }
        return s;
    }

    private int[] withBos(int[] ids) {
        int bos = model.getConfig().bosToken;
        if (ids.length > 0 && ids[0] == bos) {
            return ids;
        }
        return concat(new int[] {bos}, ids);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static void emit(String piece, StringBuilder text, TokenSink sink) {
        if (text.isEmpty()) {
            piece = piece.stripLeading();
        }
        if (!piece.isEmpty()) {
            text.append(piece);
            sink.onText(piece);
        }
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public int countTokens(String text) {
        return codec.encode(text).length;
    }

    @Override
    public int fixedPromptTokens(String instructions) {
        PromptTemplate.Rendered r = template.render(new ChatPrompt(instructions, ""));
        return 1 + codec.encode(r.prefix()).length + codec.encode(r.suffix()).length;
    }

    /** The latest chunks read, oldest first (about 3,000 tokens): what {@link #readingCost()} is fitted to. */
    public synchronized List<ReadingCost.Chunk> recentChunks() {
        return List.copyOf(recentChunks);
    }

    /** Tokens of the part of the prompt before the user message: what {@link #prepare} reads. */
    public int instructionPrefixTokens(String instructions) {
        return withBos(codec.encode(
                        template.render(new ChatPrompt(instructions, "")).prefix()))
                .length;
    }

    @Override
    public double promptTokensPerSecond() {
        return promptSpeed;
    }

    /** Fitted to the chunks read last (the instructions at start-up, then each question's). */
    @Override
    public ReadingCost readingCost() {
        ReadingCost c = readingCost;
        return c.known() ? c : ChatEngine.super.readingCost();
    }

    @Override
    public int contextLength() {
        return model.getConfig().contextLength;
    }

    @Override
    public String name() {
        return name;
    }

    /** The tokens a prompt is read as (start token, template, instructions, message). */
    int[] promptTokens(ChatPrompt prompt) {
        PromptTemplate.Rendered r =
                template.render(new ChatPrompt(prompt.instructions(), sanitize(prompt.userMessage())));
        return concat(withBos(codec.encode(r.prefix())), codec.encode(r.suffix()));
    }

    /** The Jlama model, for measurements in this package. */
    AbstractModel model() {
        return model;
    }

    /** The codec of this model, for tests and token counting. */
    public TokenCodec codec() {
        return codec;
    }

    @Override
    public synchronized void close() {
        dropCache();
        kvCache.close();
        model.close();
    }
}

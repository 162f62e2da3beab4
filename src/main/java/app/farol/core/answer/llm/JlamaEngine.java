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
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local model run by Jlama, loaded from a folder with {@link ModelSupport#loadModel} (which
 * never touches the network), with its own token loop so that generation can be stopped, capped
 * in tokens and time, and can reuse the instruction prefix.
 *
 * <p>Prefix reuse: the key/value cache of the instructions is computed once per loaded model and
 * kept; each question is read from the position after it. Attention only looks at positions before
 * the current one, so the cache entries a previous question left behind are never read; they are
 * overwritten. The cache lives in memory only (Jlama's ephemeral buffers), never in temp files.
 *
 * <p>Thread-safe: {@link #generate} is serialised; the Jlama model runs on its own worker pool.
 */
@SuppressWarnings("rawtypes") // Jlama's tensors are generic over vector types we never name
public final class JlamaEngine implements ChatEngine {
    private static final Logger LOG = LoggerFactory.getLogger(JlamaEngine.class);
    /** Prompt tokens per forward pass; cancel and the time cap are checked between passes. */
    private static final int CHUNK = 64;

    private final AbstractModel model;
    private final TokenCodec codec;
    private final PromptTemplate template;
    private final KvBufferCache kvCache;
    private final String name;
    private boolean reusePrefix = true;
    private Prefix prefix;
    private volatile double promptSpeed;

    private record Prefix(String text, int length, KvBufferCache.KvBuffer kv) {}

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
        LocalModelFolder.requireUsable(folder);
        try {
            AbstractModel m = ModelSupport.loadModel(
                    folder.toFile(), null, DType.F32, DType.I8, Optional.empty(), Optional.empty());
            return new JlamaEngine(m, folder.getFileName().toString());
        } catch (RuntimeException e) {
            throw new FarolException("Could not load the model in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Turns instruction-prefix reuse on (default) or off, for measurement. */
    public synchronized void setPrefixReuse(boolean reuse) {
        this.reusePrefix = reuse;
        dropPrefix();
    }

    /**
     * Reads the instructions into the cache now (and measures prompt speed), so the first question
     * does not pay for them.
     */
    public synchronized void prepare(String instructions) {
        if (reusePrefix) {
            String text = template.render(new ChatPrompt(instructions, "")).prefix();
            prefixFor(text, CancelToken.none(), Long.MAX_VALUE);
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
        int[] rest = codec.encode(r.suffix());
        KvBufferCache.KvBuffer kv;
        int start;
        int reused = 0;
        int[] feed;
        boolean ephemeral = !reusePrefix;
        if (reusePrefix) {
            boolean cached = prefix != null && prefix.text().equals(r.prefix());
            Prefix p = prefixFor(r.prefix(), cancel, deadline);
            if (p == null) {
                return new GenerationResult(
                        "",
                        cancel.isCancelled() ? StopReason.CANCELLED : StopReason.TIME_CAP,
                        0,
                        0,
                        0,
                        millis(t0),
                        millis(t0),
                        millis(t0));
            }
            kv = p.kv();
            start = p.length();
            reused = cached ? p.length() : 0;
            feed = rest;
        } else {
            kv = kvCache.getEphemeralKvBuffer();
            start = 0;
            feed = concat(withBos(codec.encode(r.prefix())), rest);
        }
        try {
            return run(feed, start, reused, kv, limits, sink, cancel, t0, deadline);
        } finally {
            if (ephemeral) {
                kv.close();
            }
        }
    }

    private GenerationResult run(
            int[] feed,
            int start,
            int reused,
            KvBufferCache.KvBuffer kv,
            GenerationLimits limits,
            TokenSink sink,
            CancelToken cancel,
            long t0,
            long deadline) {
        int context = contextLength();
        if (start + feed.length + 1 >= context) {
            throw new FarolException("The question and its passages need " + (start + feed.length)
                    + " tokens, more than the model's context of " + context + ". Ask with less context.");
        }
        long readStart = System.nanoTime();
        AbstractTensor last = read(feed, start, kv, cancel, deadline);
        long promptMillis = millis(readStart);
        if (last == null) {
            StopReason why = cancel.isCancelled() ? StopReason.CANCELLED : StopReason.TIME_CAP;
            return new GenerationResult("", why, feed.length, reused, 0, promptMillis, millis(t0), millis(t0));
        }
        noteSpeed(feed.length, promptMillis);
        Random random = new Random(limits.seed());
        Utf8Stream utf8 = new Utf8Stream();
        StringBuilder text = new StringBuilder();
        int pos = start + feed.length;
        int generated;
        StopReason stop;
        long firstMillis;
        try (AbstractTensor logits = model.makeDenseTensor(model.getConfig().vocabularySize)) {
            int next;
            try {
                AbstractTensor row = last.slice(last.shape().first() - 1);
                next = model.sample(row, limits.temperature(), random.nextFloat(), logits);
            } finally {
                last.close();
            }
            firstMillis = millis(t0);
            generated = 1;
            while (true) {
                if (model.getConfig().eosTokens.contains(next)) {
                    stop = StopReason.END_TOKEN;
                    break;
                }
                emit(utf8.push(codec.bytes(next)), text, sink);
                if (generated >= limits.maxNewTokens()) {
                    stop = StopReason.TOKEN_CAP;
                } else if (cancel.isCancelled()) {
                    stop = StopReason.CANCELLED;
                } else if (System.nanoTime() >= deadline) {
                    stop = StopReason.TIME_CAP;
                } else if (pos + 1 >= context) {
                    stop = StopReason.CONTEXT_FULL;
                } else {
                    stop = null;
                }
                if (stop != null) {
                    break;
                }
                try (AbstractTensor out = model.forward(next, pos++, kv, Optional.empty())) {
                    next = model.sample(out, limits.temperature(), random.nextFloat(), logits);
                }
                generated++;
            }
        }
        emit(utf8.flush(), text, sink);
        return new GenerationResult(
                text.toString(), stop, feed.length, reused, generated, promptMillis, firstMillis, millis(t0));
    }

    /** Reads tokens into the cache in chunks; returns the last chunk's output, or null when stopped. */
    private AbstractTensor read(int[] tokens, int start, KvBufferCache.KvBuffer kv, CancelToken cancel, long deadline) {
        AbstractTensor last = null;
        for (int i = 0; i < tokens.length; i += CHUNK) {
            if (last != null) {
                last.close();
                last = null;
            }
            if (cancel.isCancelled() || System.nanoTime() >= deadline) {
                return null;
            }
            int[] chunk = Arrays.copyOfRange(tokens, i, Math.min(tokens.length, i + CHUNK));
            last = model.batchForward(chunk, start + i, kv);
        }
        return last;
    }

    private Prefix prefixFor(String text, CancelToken cancel, long deadline) {
        if (prefix != null && prefix.text().equals(text)) {
            return prefix;
        }
        dropPrefix();
        int[] ids = withBos(codec.encode(text));
        KvBufferCache.KvBuffer kv = kvCache.getEphemeralKvBuffer();
        long t = System.nanoTime();
        AbstractTensor out = read(ids, 0, kv, cancel, deadline);
        if (out == null) {
            kv.close();
            return null;
        }
        out.close();
        noteSpeed(ids.length, millis(t));
        prefix = new Prefix(text, ids.length, kv);
        LOG.info("Instruction prefix of {} tokens read in {} ms", ids.length, millis(t));
        return prefix;
    }

    private void dropPrefix() {
        if (prefix != null) {
            prefix.kv().close();
            prefix = null;
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

    @Override
    public double promptTokensPerSecond() {
        return promptSpeed;
    }

    @Override
    public int contextLength() {
        return model.getConfig().contextLength;
    }

    @Override
    public String name() {
        return name;
    }

    /** The codec of this model, for tests and token counting. */
    public TokenCodec codec() {
        return codec;
    }

    @Override
    public synchronized void close() {
        dropPrefix();
        kvCache.close();
        model.close();
    }
}

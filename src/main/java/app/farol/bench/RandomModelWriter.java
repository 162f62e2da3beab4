package app.farol.bench;

import app.farol.core.util.FarolException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a Llama-architecture model with random weights that Jlama loads like a real one:
 * {@code config.json}, {@code tokenizer.json} and {@code tokenizer_config.json} from a
 * {@link BenchTokenizer} ({@link TinyTokenizer} unless another is given), and
 * {@code model.safetensors}. Tests use a tiny shape; {@code bench
 * answer} uses the real Llama-3.2-1B shape, since speed does not depend on the weight values.
 *
 * <p>The files are written into a sibling folder and moved into place at the end, so an
 * interrupted write never leaves something that looks like a model. Not thread-safe.
 */
public final class RandomModelWriter {

    /** Options. {@code separateOutput}: write an {@code lm_head} instead of tying it to the embedding. */
    public record Options(WeightFormat format, long seed, boolean separateOutput) {
        public static Options tinyForTests() {
            return new Options(WeightFormat.F32, 42, true);
        }
    }

    private RandomModelWriter() {}

    /**
     * Writes the model into {@code folder}, which must not exist yet. The vocabulary of
     * {@code shape} is raised to the tokenizer's size when smaller.
     *
     * @return the shape actually written
     */
    public static ModelShape write(Path folder, ModelShape shape, Options options) {
        return write(folder, shape, options, TinyTokenizer.create());
    }

    /** As {@link #write(Path, ModelShape, Options)}, with the given tokenizer. */
    public static ModelShape write(Path folder, ModelShape shape, Options options, BenchTokenizer tokenizer) {
        if (shape.vocabSize() < tokenizer.size()) {
            shape = shape.withVocabSize(tokenizer.size());
        }
        if (Files.exists(folder)) {
            throw new FarolException("Cannot write a model into " + folder + ": it already exists.");
        }
        Path partial = folder.resolveSibling(folder.getFileName() + ".partial");
        try {
            Files.createDirectories(partial);
            Files.writeString(
                    partial.resolve("config.json"), SafetensorsWriter.json(config(shape, tokenizer, options)));
            tokenizer.writeTo(partial);
            tensors(shape, options, tokenizer.endTokenIds()).write(partial.resolve("model.safetensors"));
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            return shape;
        } catch (IOException e) {
            throw new FarolException("Could not write a model to " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Bytes {@code model.safetensors} will hold for this shape, without the header. */
    public static long weightBytes(ModelShape shape, Options options) {
        return tensors(shape, options, List.of()).dataBytes();
    }

    private static Map<String, Object> config(ModelShape s, BenchTokenizer t, Options o) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("architectures", List.of("LlamaForCausalLM"));
        c.put("model_type", "llama");
        c.put("hidden_size", s.hiddenSize());
        c.put("intermediate_size", s.intermediateSize());
        c.put("num_attention_heads", s.heads());
        c.put("num_key_value_heads", s.kvHeads());
        c.put("num_hidden_layers", s.layers());
        c.put("max_position_embeddings", s.maxPositions());
        c.put("rms_norm_eps", 1e-5);
        c.put("rope_theta", s.ropeTheta());
        c.put("vocab_size", s.vocabSize());
        c.put("bos_token_id", t.bosId());
        c.put("eos_token_id", t.endTokenIds());
        c.put("hidden_act", "silu");
        c.put("tie_word_embeddings", !o.separateOutput());
        c.put("torch_dtype", o.format() == WeightFormat.F32 ? "float32" : "bfloat16");
        return c;
    }

    private static SafetensorsWriter tensors(ModelShape s, Options o, List<Integer> silencedRows) {
        SafetensorsWriter w = new SafetensorsWriter();
        RandomFill rnd = new RandomFill(o.seed());
        int h = s.hiddenSize();
        matrix(w, o.format(), rnd, "model.embed_tokens.weight", s.vocabSize(), h, List.of());
        for (int i = 0; i < s.layers(); i++) {
            String p = "model.layers." + i + ".";
            matrix(w, o.format(), rnd, p + "self_attn.q_proj.weight", h, h, List.of());
            matrix(w, o.format(), rnd, p + "self_attn.k_proj.weight", s.kvWidth(), h, List.of());
            matrix(w, o.format(), rnd, p + "self_attn.v_proj.weight", s.kvWidth(), h, List.of());
            matrix(w, o.format(), rnd, p + "self_attn.o_proj.weight", h, h, List.of());
            matrix(w, o.format(), rnd, p + "mlp.gate_proj.weight", s.intermediateSize(), h, List.of());
            matrix(w, o.format(), rnd, p + "mlp.up_proj.weight", s.intermediateSize(), h, List.of());
            matrix(w, o.format(), rnd, p + "mlp.down_proj.weight", h, s.intermediateSize(), List.of());
            ones(w, p + "input_layernorm.weight", h);
            ones(w, p + "post_attention_layernorm.weight", h);
        }
        ones(w, "model.norm.weight", h);
        if (o.separateOutput()) {
            // End-of-text rows are zero so that greedy decoding of random weights never stops early:
            // tests then see the token and time caps, not a lucky end token.
            matrix(w, o.format(), rnd, "lm_head.weight", s.vocabSize(), h, silencedRows);
        }
        return w;
    }

    private static void ones(SafetensorsWriter w, String name, int n) {
        w.add(name, "F32", new long[] {n}, 4L * n, b -> {
            while (b.hasRemaining()) {
                b.putFloat(1f);
            }
        });
    }

    private static void matrix(
            SafetensorsWriter w,
            WeightFormat f,
            RandomFill rnd,
            String name,
            int rows,
            int cols,
            List<Integer> zeroRows) {
        float bound = (float) Math.sqrt(3.0 / cols);
        if (f == WeightFormat.F32) {
            long[] pos = {0};
            w.add(name, "F32", new long[] {rows, cols}, 4L * rows * cols, b -> {
                while (b.hasRemaining()) {
                    long row = pos[0]++ / cols;
                    b.putFloat(zeroRows.contains((int) row) ? 0f : rnd.nextSigned() * bound);
                }
            });
        } else {
            w.add(name, "Q4", new long[] {rows, cols}, (long) rows * cols / 2, rnd::fillBytes);
            float scale = bound / 8f;
            w.add(name + ".qb", "F32", new long[] {rows, cols / 32}, 4L * rows * (cols / 32), b -> {
                while (b.hasRemaining()) {
                    b.putFloat(scale);
                }
            });
        }
    }

    /** xorshift64*: fast enough to fill a gigabyte in about a second; quality is irrelevant here. */
    private static final class RandomFill {
        private long state;

        RandomFill(long seed) {
            state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
        }

        long next() {
            state ^= state >>> 12;
            state ^= state << 25;
            state ^= state >>> 27;
            return state * 0x2545F4914F6CDD1DL;
        }

        /** Uniform in [-1, 1). */
        float nextSigned() {
            return (next() >>> 40) * 0x1.0p-23f - 1f;
        }

        void fillBytes(ByteBuffer b) {
            while (b.remaining() >= 8) {
                b.putLong(next());
            }
            while (b.hasRemaining()) {
                b.put((byte) next());
            }
        }
    }
}

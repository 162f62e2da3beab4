package app.farol.bench;

import app.farol.cli.Json;
import app.farol.core.answer.AnswerSettings;
import app.farol.core.answer.context.AnswerPrompt;
import app.farol.core.answer.llm.ChatPrompt;
import app.farol.core.answer.llm.EngineTuning;
import app.farol.core.answer.llm.GenerationLimits;
import app.farol.core.answer.llm.GenerationResult;
import app.farol.core.answer.llm.JlamaEngine;
import app.farol.core.answer.llm.LlamaBenchFigures;
import app.farol.core.answer.llm.ReadingCost;
import app.farol.core.answer.llm.VerifyCost;
import app.farol.core.model.LocalModelFolder;
import app.farol.core.util.CancelToken;
import app.farol.workspace.FarolPaths;
import com.github.tjake.jlama.safetensors.DType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code farol bench answer}: answer speed of a Llama-3.2-1B-shaped model with random Q4 weights
 * (speed does not depend on the values), written to a temporary folder and deleted afterwards.
 * The context is a sample question's real one (sample-docs indexed, passages chosen at the
 * default settings). Measures, in one sitting: time to first token with the instruction prefix
 * read at start-up (default settings) and with nothing cached, prompt and generation speed,
 * engine threads busy while reading, peak memory, the generation ceiling set by memory
 * bandwidth, and what verifying k = 1..6 drafted tokens costs in plain decoding steps.
 */
@Command(name = "answer", mixinStandardHelpOptions = true, description = "Measure local answer speed.")
public final class BenchAnswerCommand implements Callable<Integer> {
    static final int MAX_DRAFTS = 6;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--tokens",
            defaultValue = "32",
            description = "Tokens to generate per run (default: ${DEFAULT-VALUE}).")
    int tokens;

    @Option(
            names = "--question",
            defaultValue = "0",
            description =
                    "Which question of the folder's questions.tsv gives the context, from 0 (default: ${DEFAULT-VALUE}).")
    int question;

    @Option(names = "--folder", description = "Documents with a questions.tsv (default: sample-docs).")
    Path folder;

    @Option(
            names = "--rounds",
            defaultValue = "5",
            description = "Rounds of the verification cost measure; medians are kept (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--chunk",
            defaultValue = "64",
            description = "Prompt tokens per forward pass (default: ${DEFAULT-VALUE}, the engine's).")
    int chunk;

    @Option(
            names = "--draft-tokens",
            defaultValue = "4",
            description = "Drafted tokens of the speculative generation run (default: ${DEFAULT-VALUE}).")
    int draftTokens;

    @Option(
            names = "--working-type",
            defaultValue = "F32",
            description =
                    "Jlama's working type: activations and key/value cache (default: ${DEFAULT-VALUE}, the product's).")
    DType workingType;

    @Option(
            names = "--quantized-type",
            defaultValue = "I8",
            description =
                    "Type activations are quantized to before a product with the weights (default: ${DEFAULT-VALUE}).")
    DType quantizedType;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(
            names = "--tokenizer",
            description = "cl100k (Llama 3's density, default for the 1B shape) or tiny (the small"
                    + " test tokenizer of the figures before 2026-12-04; default with --tiny).")
    String tokenizer;

    @Option(names = "--tiny", hidden = true, description = "Use a tiny model (to test the command quickly).")
    boolean tiny;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ModelShape shape = tiny ? ModelShape.tiny(0) : ModelShape.LLAMA_3_2_1B;
        Path dir = Files.createTempDirectory("farol-bench-model");
        Path model = dir.resolve("random-llama");
        try {
            RandomModelWriter.Options options =
                    new RandomModelWriter.Options(tiny ? WeightFormat.F32 : WeightFormat.Q4, 7, tiny);
            BenchTokenizer vocabulary = tokenizer(tokenizer, tiny);
            shape = RandomModelWriter.write(model, shape, options, vocabulary);
            long weightBytes = LocalModelFolder.weightBytes(model);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put(
                    "model",
                    String.format(
                            Locale.ROOT,
                            "random Llama shape %d layers x %d wide, vocabulary %d, %s, %.2f GB",
                            shape.layers(),
                            shape.hiddenSize(),
                            shape.vocabSize(),
                            options.format(),
                            weightBytes / 1e9));
            Path docs = folder != null ? folder : FarolPaths.sampleDocs();
            try (SampleContext library = SampleContext.index(docs)) {
                long t = System.nanoTime();
                try (JlamaEngine engine = JlamaEngine.load(model, workingType, quantizedType)) {
                    r.put("load_seconds", secs(t));
                    r.put("working_type", workingType.name());
                    r.put("quantized_type", quantizedType.name());
                    t = System.nanoTime();
                    engine.setTuning(engine.tuning().withChunk(chunk));
                    engine.prepare(AnswerPrompt.INSTRUCTIONS); // as the application does at start-up
                    r.put("prefix_seconds", secs(t));
                    r.put("prefix_tokens", engine.fixedPromptTokens(AnswerPrompt.INSTRUCTIONS));
                    r.put("tokenizer", vocabulary.name());
                    r.put("instruction_prefix_tokens", engine.instructionPrefixTokens(AnswerPrompt.INSTRUCTIONS));
                    SampleContext.Context context = library.of(docs, question, engine, tokens);
                    measure(engine, context, r);
                }
            }
            // before the bandwidth measure, whose 1 GiB buffer would raise the high-water mark
            r.put("peak_rss_bytes", MemoryBandwidth.peakResidentBytes());
            double bandwidth = MemoryBandwidth.readBytesPerSecond(
                    1L << 30, Runtime.getRuntime().availableProcessors());
            r.put("memory_bandwidth_bytes_per_second", bandwidth);
            r.put("bandwidth_ceiling_tokens_per_second", bandwidth / weightBytes);
            r.put("cores", Runtime.getRuntime().availableProcessors());
            out.println(json ? Json.write(r) : table(r));
            out.flush();
            return 0;
        } finally {
            deleteTree(dir);
        }
    }

    /** The tokenizer asked for; cl100k for the 1B shape and tiny for the tiny model unless told. */
    private BenchTokenizer tokenizer(String name, boolean tiny) {
        String n = name != null ? name.toLowerCase(Locale.ROOT) : tiny ? "tiny" : "cl100k";
        return switch (n) {
            case "tiny" -> TinyTokenizer.create();
            case "cl100k" -> Cl100kLlamaTokenizer.create();
            default -> throw new ParameterException(spec.commandLine(), "--tokenizer is cl100k or tiny, not " + name);
        };
    }

    private void measure(JlamaEngine engine, SampleContext.Context context, Map<String, Object> r) {
        ChatPrompt prompt = context.prompt();
        GenerationLimits limits = new GenerationLimits(tokens, Duration.ofMinutes(10), 0f, 1);
        // default settings: the prefix was read at start-up; what the answer path promised for it
        double promised = engine.readingCost()
                .seconds(engine.fixedPromptTokens(AnswerPrompt.INSTRUCTIONS), engine.countTokens(prompt.userMessage()));
        List<ReadingCost.Chunk> before = engine.recentChunks();
        GenerationResult warm = engine.generate(prompt, limits, s -> {}, CancelToken.none());
        List<ReadingCost.Chunk> read = engine.recentChunks();
        r.put("prompt_tokens", warm.promptTokens() + warm.reusedPrefixTokens());
        r.put("target_seconds_to_first_word", AnswerSettings.defaults().targetSecondsToFirstWord());
        r.put("first_token_seconds_estimated", promised);
        r.put("first_token_seconds", warm.firstTokenMillis() / 1000.0);
        // where the first token's time goes: the read itself, and what else (encoding, first sample)
        r.put("first_token_read_seconds", warm.promptMillis() / 1000.0);
        r.put("first_token_tokens_read", warm.promptTokens());
        r.put(
                "first_token_read_seconds_refitted",
                ReadingCost.fit(read).seconds(warm.reusedPrefixTokens(), warm.promptTokens()));
        r.put("reading_chunks_prefix", chunks(before));
        int questionChunks = Math.min(read.size(), (warm.promptTokens() + chunk - 1) / chunk);
        r.put("reading_chunks_question", chunks(read.subList(read.size() - questionChunks, read.size())));
        // a follow-up on the same passages: the conversation's cache is reused up to its question
        GenerationResult followUp = engine.generate(
                context.followUp("Could you say that in one sentence?"), limits, s -> {}, CancelToken.none());
        r.put("first_token_seconds_follow_up", followUp.firstTokenMillis() / 1000.0);
        r.put("follow_up_prompt_tokens_read", followUp.promptTokens());
        // nothing cached: the whole prompt read, engine threads' CPU time over the wall time
        EngineTuning defaults = engine.tuning();
        engine.setTuning(defaults.withReuse(EngineTuning.Reuse.NONE));
        long cpu0 = processCpuNanos();
        long wall0 = System.nanoTime();
        GenerationResult cold = engine.generate(
                prompt, new GenerationLimits(1, Duration.ofMinutes(10), 0f, 1), s -> {}, CancelToken.none());
        double busy = (processCpuNanos() - cpu0) / (double) (System.nanoTime() - wall0);
        r.put("first_token_seconds_cold", cold.firstTokenMillis() / 1000.0);
        r.put("prompt_tokens_per_second", cold.promptTokensPerSecond());
        r.put("threads_busy", busy);
        // generation, plain and speculative, side by side (the prompt is cached by then)
        engine.setTuning(defaults.withDraftTokens(0));
        engine.prepare(AnswerPrompt.INSTRUCTIONS);
        GenerationResult plain = engine.generate(prompt, limits, s -> {}, CancelToken.none());
        engine.setTuning(defaults.withDraftTokens(draftTokens)); // the prompt stays cached
        GenerationResult speculative = engine.generate(prompt, limits, s -> {}, CancelToken.none());
        JlamaEngine.Drafts drafts = engine.lastDrafts();
        engine.setTuning(defaults);
        r.put(
                "generation_tokens_per_second",
                (defaults.draftTokens() > 0 ? speculative : plain).generationTokensPerSecond());
        r.put("generation_tokens_per_second_plain", plain.generationTokensPerSecond());
        r.put("speculative_draft_tokens", draftTokens);
        r.put("generation_tokens_per_second_speculative", speculative.generationTokensPerSecond());
        r.put("speculative_drafted", drafts.drafted());
        r.put("speculative_accepted", drafts.accepted());
        r.put("speculative_same_text", plain.text().equals(speculative.text()));
        // as llama-bench measures: a cold pp512, and tg64 from an empty cache
        LlamaBenchFigures like = LlamaBenchFigures.measure(engine, prompt, 512, 64);
        r.put("pp512_tokens_per_second", like.promptTokensPerSecond());
        r.put("tg64_tokens_per_second", like.generationTokensPerSecond());
        VerifyCost cost = VerifyCost.measure(engine, prompt, MAX_DRAFTS, rounds);
        r.put("forward_step_ms", cost.forwardMillis());
        r.put("sample_ms", cost.sampleMillis());
        Map<String, Double> batch = new LinkedHashMap<>();
        Map<String, Double> steps = new LinkedHashMap<>();
        Map<String, Double> accepted = new LinkedHashMap<>();
        Map<String, Double> share = new LinkedHashMap<>();
        for (int k = 1; k <= MAX_DRAFTS; k++) {
            String key = Integer.toString(k);
            batch.put(key, cost.batchMillis()[k + 1]);
            steps.put(key, cost.verifySteps(k));
            accepted.put(key, cost.breakEvenAccepted(k));
            share.put(key, cost.breakEvenTokenAcceptance(k));
        }
        r.put("verify_batch_forward_ms", batch); // k drafts: a batch of k + 1 tokens
        r.put("verify_cost_steps", steps);
        r.put("break_even_accepted_per_step", accepted);
        r.put("break_even_token_acceptance", share);
        r.put("break_even_accepted_per_step_k4", cost.breakEvenAccepted(4));
        r.put("break_even_acceptance_k4", cost.breakEvenAccepted(4) / 4);
        r.put("break_even_token_acceptance_k4", cost.breakEvenTokenAcceptance(4));
    }

    /** Chunks as [start, tokens, milliseconds] rows. */
    private static List<List<Number>> chunks(List<ReadingCost.Chunk> chunks) {
        return chunks.stream()
                .map(c -> List.<Number>of(c.start(), c.tokens(), Math.round(c.seconds() * 1000)))
                .toList();
    }

    private static String table(Map<String, Object> r) {
        StringBuilder b = new StringBuilder();
        r.forEach((k, v) -> b.append(String.format(
                Locale.ROOT, "%-45s %s%n", k, v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : v)));
        return b.toString().stripTrailing();
    }

    private static long processCpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

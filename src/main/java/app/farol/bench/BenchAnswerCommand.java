package app.farol.bench;

import app.farol.core.answer.context.AnswerPrompt;
import app.farol.core.answer.context.ContextBudget;
import app.farol.core.answer.llm.ChatPrompt;
import app.farol.core.answer.llm.EngineTuning;
import app.farol.core.answer.llm.GenerationLimits;
import app.farol.core.answer.llm.GenerationResult;
import app.farol.core.answer.llm.JlamaEngine;
import app.farol.core.model.LocalModelFolder;
import app.farol.core.util.CancelToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code farol bench answer}: answer speed of a Llama-3.2-1B-shaped model with random Q4 weights
 * (speed does not depend on the values), written to a temporary folder and deleted afterwards.
 * Prints prompt and generation speed, time to first token at the default context budget with and
 * without the reused instruction prefix, peak memory, and the generation ceiling set by memory
 * bandwidth.
 */
@Command(name = "answer", mixinStandardHelpOptions = true, description = "Measure local answer speed.")
public final class BenchAnswerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--target-seconds",
            defaultValue = "15",
            description = "Time-to-first-word target (default: ${DEFAULT-VALUE}).")
    double targetSeconds;

    @Option(
            names = "--tokens",
            defaultValue = "32",
            description = "Tokens to generate per run (default: ${DEFAULT-VALUE}).")
    int tokens;

    @Option(names = "--tiny", hidden = true, description = "Use a tiny model (to test the command quickly).")
    boolean tiny;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ModelShape shape = tiny ? ModelShape.tiny(0) : ModelShape.LLAMA_3_2_1B;
        Path dir = Files.createTempDirectory("farol-bench-model");
        Path folder = dir.resolve("random-llama");
        try {
            long t = System.nanoTime();
            RandomModelWriter.Options options =
                    new RandomModelWriter.Options(tiny ? WeightFormat.F32 : WeightFormat.Q4, 7, tiny);
            shape = RandomModelWriter.write(folder, shape, options);
            long weightBytes = LocalModelFolder.weightBytes(folder);
            out.printf(
                    Locale.ROOT,
                    "Model: Llama shape %d layers x %d wide, vocabulary %d, %s, %.2f GB written in %.1f s%n",
                    shape.layers(),
                    shape.hiddenSize(),
                    shape.vocabSize(),
                    options.format(),
                    weightBytes / 1e9,
                    secs(t));
            out.flush();
            t = System.nanoTime();
            try (JlamaEngine engine = JlamaEngine.load(folder)) {
                out.printf(Locale.ROOT, "Loaded in %.1f s%n", secs(t));
                t = System.nanoTime();
                engine.prepare(AnswerPrompt.INSTRUCTIONS);
                int prefixTokens = engine.fixedPromptTokens(AnswerPrompt.INSTRUCTIONS);
                out.printf(
                        Locale.ROOT,
                        "Instruction prefix (%d tokens with the chat template) read once in %.1f s: %.1f prompt tokens/s%n",
                        prefixTokens,
                        secs(t),
                        engine.promptTokensPerSecond());
                int budget = ContextBudget.tokens(
                        engine.promptTokensPerSecond(),
                        targetSeconds,
                        ContextBudget.windowCap(engine.contextLength(), prefixTokens, tokens));
                ChatPrompt prompt = new ChatPrompt(AnswerPrompt.INSTRUCTIONS, filler(engine, budget));
                GenerationLimits limits = new GenerationLimits(tokens, Duration.ofMinutes(10), 0f, 1);
                out.printf(Locale.ROOT, "Context budget for a %.0f s target: %d tokens%n", targetSeconds, budget);
                out.flush();
                GenerationResult reused = engine.generate(prompt, limits, s -> {}, CancelToken.none());
                engine.setTuning(EngineTuning.DEFAULT.withReuse(EngineTuning.Reuse.NONE));
                GenerationResult fresh = engine.generate(prompt, limits, s -> {}, CancelToken.none());
                engine.setTuning(EngineTuning.DEFAULT);
                out.printf(Locale.ROOT, "%n%-34s %12s %12s%n", "", "prefix reused", "no reuse");
                out.printf(
                        Locale.ROOT,
                        "%-34s %12d %12d%n",
                        "prompt tokens read",
                        reused.promptTokens(),
                        fresh.promptTokens());
                out.printf(
                        Locale.ROOT,
                        "%-34s %12.1f %12.1f%n",
                        "prompt tokens/s",
                        reused.promptTokensPerSecond(),
                        fresh.promptTokensPerSecond());
                out.printf(
                        Locale.ROOT,
                        "%-34s %12.1f %12.1f%n",
                        "time to first token (s)",
                        reused.firstTokenMillis() / 1000.0,
                        fresh.firstTokenMillis() / 1000.0);
                out.printf(
                        Locale.ROOT,
                        "%-34s %12.1f %12.1f%n",
                        "generation tokens/s",
                        reused.generationTokensPerSecond(),
                        fresh.generationTokensPerSecond());
                double bandwidth = MemoryBandwidth.readBytesPerSecond(
                        1L << 30, Runtime.getRuntime().availableProcessors());
                out.printf(
                        Locale.ROOT, "%nPeak memory (resident): %.2f GB%n", MemoryBandwidth.peakResidentBytes() / 1e9);
                out.printf(
                        Locale.ROOT,
                        "Memory read bandwidth: %.1f GB/s; / %.2f GB of weights = %.1f tokens/s ceiling for generation%n",
                        bandwidth / 1e9,
                        weightBytes / 1e9,
                        bandwidth / weightBytes);
                out.flush();
            }
            return 0;
        } finally {
            deleteTree(dir);
        }
    }

    /** Passage-like text of about {@code tokens} tokens of this model. */
    private static String filler(JlamaEngine engine, int tokens) {
        String sentence =
                "The committee reviewed the annual figures of the harbour and noted that traffic grew by 4 percent. ";
        int per = Math.max(1, engine.countTokens(sentence));
        return "Passages:\n<passage n=\"1\" source=\"report.pdf, page 1\">\n"
                + sentence.repeat(Math.max(1, tokens / per)) + "</passage>\n\nQuestion: How much did traffic grow?";
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

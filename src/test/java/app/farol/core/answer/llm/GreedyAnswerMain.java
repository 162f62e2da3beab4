package app.farol.core.answer.llm;

import app.farol.core.util.CancelToken;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a child JVM by {@link LauncherMemoryFlagsTest}: loads the model in {@code args[0]},
 * answers one fixed question greedily and prints the JVM's garbage collectors (so the caller sees
 * its flags took effect), then the answer's token count and text, one per line.
 */
public final class GreedyAnswerMain {
    static final ChatPrompt PROMPT = new ChatPrompt(
            "Answer only from the passages.",
            "Passages:\n<passage n=\"1\" source=\"report.pdf, page 2\">\n"
                    + "The revenue in 2023 was 7 million euros, mostly from the harbour.\n</passage>\n\n"
                    + "Question: What was the revenue?");

    private GreedyAnswerMain() {}

    public static void main(String[] args) {
        try (JlamaEngine engine = JlamaEngine.load(Path.of(args[0]))) {
            engine.prepare(PROMPT.instructions()); // as the application does at start-up
            GenerationResult r = engine.generate(
                    PROMPT, new GenerationLimits(48, Duration.ofSeconds(120), 0f, 1), s -> {}, CancelToken.none());
            System.out.println(ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(GarbageCollectorMXBean::getName)
                    .toList());
            System.out.println(r.generatedTokens());
            System.out.println(r.text().replace("\n", "\\n"));
        }
    }
}

package app.farol.bench;

import app.farol.core.answer.AnswerListener;
import app.farol.core.answer.AnswerSettings;
import app.farol.core.answer.ContextPlan;
import app.farol.core.answer.Passage;
import app.farol.core.answer.context.UnitContext;
import app.farol.core.answer.service.AnswerService;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.index.IndexListener;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.core.util.Folders;
import app.farol.workspace.FarolPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code farol bench context}: for budgets of 150, 300 and 600 tokens (or {@code --budgets}), how many questions of
 * questions.tsv get a model context that holds the expected phrase in a passage of the expected
 * file, and how many tokens the context takes (median, p95). Tokens are counted as the answer
 * path counts them without a model: the installed model's tokenizer, else the embedder's.
 */
@Command(
        name = "context",
        description = "The model's context on sample-docs/questions.tsv: share that holds the answer, and its size.")
final class BenchContextCommand implements Callable<Integer> {
    @Option(
            names = "--budgets",
            split = ",",
            defaultValue = "150,300,600",
            description = "Budgets in tokens of passages, comma-separated (default: ${DEFAULT-VALUE}).")
    int[] budgets;

    @Option(names = "--folder", description = "Documents with a questions.tsv (default: sample-docs).")
    Path folder;

    @Option(
            names = "--verbose",
            description = "Print each question whose context misses the phrase at the default budget.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        Path docs = folder != null ? folder : FarolPaths.sampleDocs();
        List<String[]> rows = QuestionSet.of(docs);
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        Path tmp = Files.createTempDirectory("farol-bench-context");
        try (LucenePassageStore store = LucenePassageStore.openForWriting(tmp, embedder.name());
                TikaDocumentParser parser = new TikaDocumentParser()) {
            new Indexer(store, parser, embedder).index(List.of(docs), IndexListener.NONE, CancelToken.none());
            HybridRetriever retriever = new HybridRetriever(store, embedder);
            var tokenizer = app.farol.core.answer.llm.TokenCodec.installedCounter(null);
            System.out.printf(
                    Locale.ROOT,
                    "questions %d, tokens counted with %s%n",
                    rows.size(),
                    tokenizer.isPresent() ? "the installed model's tokenizer" : "the embedder's tokenizer (estimate)");
            System.out.printf(Locale.ROOT, "%-8s %-22s %-8s %-8s%n", "budget", "holds phrase + file", "median", "p95");
            List<String> missed = new ArrayList<>();
            for (int budget : budgets) {
                AnswerService service = new AnswerService(
                        retriever,
                        embedder,
                        null,
                        AnswerSettings.defaults().withContextTokens(budget),
                        tokenizer.orElse(null));
                int holds = 0;
                int[] sizes = new int[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    String[] r = rows.get(i);
                    List<Passage> context = contextOf(service, r[0]);
                    sizes[i] = UnitContext.tokens(context, service.contextTokenizer());
                    boolean ok = holds(context, r[1], r[3]);
                    holds += ok ? 1 : 0;
                    if (!ok && budget == AnswerSettings.defaults().contextTokens()) {
                        StringBuilder m = new StringBuilder(r[0] + " -> '" + r[3] + "' from " + r[1]);
                        context.forEach(p -> m.append("\n      [")
                                .append(p.n())
                                .append("] ")
                                .append(p.fileName())
                                .append(": ")
                                .append(p.text().replaceAll("\\s+", " ")));
                        missed.add(m.toString());
                    }
                }
                Arrays.sort(sizes);
                System.out.printf(
                        Locale.ROOT,
                        "%-8d %-22s %-8d %-8d%n",
                        budget,
                        holds + " of " + rows.size()
                                + String.format(Locale.ROOT, " (%.0f %%)", 100.0 * holds / rows.size()),
                        sizes[sizes.length / 2],
                        sizes[Math.min(sizes.length - 1, (int) Math.ceil(sizes.length * 0.95) - 1)]);
            }
            if (verbose) {
                missed.forEach(m -> System.out.println("  missed: " + m));
            }
        } finally {
            Folders.deleteRecursively(tmp);
        }
        return 0;
    }

    /** The passages the default model would read for the question; empty when nothing relevant was found. */
    static List<Passage> contextOf(AnswerService service, String question) {
        List<Passage> context = new ArrayList<>();
        service.ask(
                List.of(),
                question,
                new AnswerListener() {
                    @Override
                    public void onContext(List<Passage> passages, ContextPlan plan) {
                        context.addAll(passages);
                    }
                },
                CancelToken.none());
        return context;
    }

    /** Whether a passage of the expected file holds the phrase (spaces and apostrophes normalised). */
    static boolean holds(List<Passage> context, String file, String phrase) {
        String want = normalise(phrase);
        return context.stream()
                .anyMatch(p -> p.fileName().equals(file) && normalise(p.text()).contains(want));
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").replace('\u2019', '\'');
    }
}

package app.farol.bench;

import app.farol.core.answer.AnswerSettings;
import app.farol.core.answer.Passage;
import app.farol.core.answer.context.AnswerPrompt;
import app.farol.core.answer.context.ContextBudget;
import app.farol.core.answer.llm.ChatEngine;
import app.farol.core.answer.llm.ChatPrompt;
import app.farol.core.answer.service.AnswerService;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.index.IndexListener;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.core.util.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The prompt the answer path builds for one sample question: the folder is indexed in a temporary
 * index and the question's passages are chosen as {@code AnswerService} chooses them at the
 * default settings, counted with the engine's tokenizer and within its time budget.
 *
 * <p>The folder is indexed before the model loads, as a person's library is indexed before they
 * ask: indexing right before the question left its parser processes exiting and Lucene merging
 * while the engine read, and made the question's first chunk cost 1.8 times the next one
 * (docs/performance.md, "The first chunk after indexing").
 */
final class SampleContext implements AutoCloseable {
    private final Path tmp;
    private final MiniLmEmbedder embedder;
    private final LucenePassageStore store;

    /** The question of row {@code question} and the passages chosen for it. */
    record Context(String question, List<Passage> passages) {
        ChatPrompt prompt() {
            return AnswerPrompt.build(question, passages);
        }

        /** A follow-up on the same passages, as a conversation asks it. */
        ChatPrompt followUp(String next) {
            return AnswerPrompt.build(next, passages);
        }
    }

    private SampleContext(Path tmp, MiniLmEmbedder embedder, LucenePassageStore store) {
        this.tmp = tmp;
        this.embedder = embedder;
        this.store = store;
    }

    /** The folder indexed in a temporary index, its parser processes ended. */
    static SampleContext index(Path docs) throws IOException {
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        Path tmp = Files.createTempDirectory("farol-bench-answer-index");
        LucenePassageStore store = LucenePassageStore.openForWriting(tmp, embedder.name());
        try (TikaDocumentParser parser = new TikaDocumentParser()) {
            new Indexer(store, parser, embedder).index(List.of(docs), IndexListener.NONE, CancelToken.none());
        } catch (RuntimeException e) {
            store.close();
            Folders.deleteRecursively(tmp);
            throw e;
        }
        return new SampleContext(tmp, embedder, store);
    }

    /** The passages chosen for row {@code question} of the folder's questions.tsv. */
    Context of(Path docs, int question, ChatEngine engine, int newTokens) throws IOException {
        String[] row = QuestionSet.of(docs).get(question);
        AnswerSettings defaults = AnswerSettings.defaults();
        int start = engine.fixedPromptTokens(AnswerPrompt.INSTRUCTIONS);
        int window = ContextBudget.windowCap(engine.contextLength(), start, newTokens);
        // as AnswerService budgets with a model: the question's frame comes out of the time budget
        int frame = engine.countTokens(AnswerPrompt.frame(row[0]));
        int timeBudget =
                ContextBudget.tokens(engine.readingCost(), start, defaults.targetSecondsToFirstWord(), window) - frame;
        AnswerService service = new AnswerService(
                new HybridRetriever(store, embedder),
                embedder,
                null,
                defaults.withContextTokens(Math.min(defaults.contextTokens(), timeBudget)),
                engine::countTokens);
        return new Context(row[0], BenchContextCommand.contextOf(service, row[0]));
    }

    @Override
    public void close() throws IOException {
        try {
            store.close();
        } finally {
            Folders.deleteRecursively(tmp);
        }
    }
}

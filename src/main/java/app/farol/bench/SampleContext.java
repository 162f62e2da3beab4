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
 */
final class SampleContext {
    private SampleContext() {}

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

    static Context of(Path docs, int question, ChatEngine engine, int newTokens) throws IOException {
        String[] row = QuestionSet.of(docs).get(question);
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        Path tmp = Files.createTempDirectory("farol-bench-answer-index");
        try (LucenePassageStore store = LucenePassageStore.openForWriting(tmp, embedder.name());
                TikaDocumentParser parser = new TikaDocumentParser()) {
            new Indexer(store, parser, embedder).index(List.of(docs), IndexListener.NONE, CancelToken.none());
            AnswerSettings defaults = AnswerSettings.defaults();
            int start = engine.fixedPromptTokens(AnswerPrompt.INSTRUCTIONS);
            int window = ContextBudget.windowCap(engine.contextLength(), start, newTokens);
            int timeBudget =
                    ContextBudget.tokens(engine.readingCost(), start, defaults.targetSecondsToFirstWord(), window);
            AnswerService service = new AnswerService(
                    new HybridRetriever(store, embedder),
                    embedder,
                    null,
                    defaults.withContextTokens(Math.min(defaults.contextTokens(), timeBudget)),
                    engine::countTokens);
            return new Context(row[0], BenchContextCommand.contextOf(service, row[0]));
        } finally {
            Folders.deleteRecursively(tmp);
        }
    }
}

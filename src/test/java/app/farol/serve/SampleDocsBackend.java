package app.farol.serve;

import app.farol.core.answer.AnswerSettings;
import app.farol.core.answer.service.AnswerService;
import app.farol.core.embed.Embedder;
import app.farol.core.index.IndexListener;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.Retriever;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.SampleDocs;
import app.farol.testing.SharedEmbedder;
import java.nio.file.Path;
import java.util.List;

/** A real index of sample-docs behind the API, answering extractively (no model). */
final class SampleDocsBackend implements ApiBackend, AutoCloseable {
    private final LucenePassageStore store;
    private final HybridRetriever retriever;
    private final AnswerService answers;

    SampleDocsBackend(Path indexFolder) {
        store = LucenePassageStore.openForWriting(
                indexFolder, SharedEmbedder.get().name());
        new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get())
                .index(List.of(SampleDocs.FOLDER), IndexListener.NONE, CancelToken.none());
        retriever = new HybridRetriever(store, SharedEmbedder.get());
        answers = new AnswerService(retriever, SharedEmbedder.get(), null, AnswerSettings.defaults());
    }

    @Override
    public Retriever retriever() {
        return retriever;
    }

    @Override
    public Embedder embedder() {
        return SharedEmbedder.get();
    }

    @Override
    public AnswerService answers() {
        return answers;
    }

    @Override
    public boolean hasModel() {
        return false;
    }

    @Override
    public void close() {
        store.close();
    }
}

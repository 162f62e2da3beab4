package app.farol.app;

import app.farol.core.answer.Answer;
import app.farol.core.answer.AnswerListener;
import app.farol.core.answer.AnswerSettings;
import app.farol.core.answer.Citation;
import app.farol.core.answer.ContextPlan;
import app.farol.core.answer.FollowUpRewriter;
import app.farol.core.answer.Passage;
import app.farol.core.answer.Turn;
import app.farol.core.answer.extractive.AnswerSpan;
import app.farol.core.answer.llm.ChatEngine;
import app.farol.core.answer.service.AnswerService;
import app.farol.core.embed.Embedder;
import app.farol.core.retrieval.Retriever;
import app.farol.core.util.CancelToken;
import app.farol.ui.ask.AskBackend;
import app.farol.ui.ask.AskResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;

/**
 * Adapts the answer path ({@link AnswerService}) to the Ask view. The language model can arrive
 * later (it loads in the background) or change; until then answers are extractive. A question
 * asked while a model is loading gets its extractive answer at once, then waits (cancellable) and
 * gets the model's answer when the model is ready. A fresh service is made per question so a new
 * context budget applies at once. Thread-safe.
 */
final class AnswerServiceBackend implements AskBackend {
    private final Retriever retriever;
    private final Embedder embedder;
    private final DoubleSupplier secondsToFirstWord;
    private volatile ChatEngine engine;
    private boolean loading; // guarded by this

    /** @param secondsToFirstWord the context budget from the settings, read at each question */
    AnswerServiceBackend(Retriever retriever, Embedder embedder, DoubleSupplier secondsToFirstWord) {
        this.retriever = retriever;
        this.embedder = embedder;
        this.secondsToFirstWord = secondsToFirstWord;
    }

    /** Uses this model from the next question on (null: extractive answers); returns the previous one. */
    synchronized ChatEngine setEngine(ChatEngine next) {
        ChatEngine previous = engine;
        engine = next;
        loading = false;
        notifyAll();
        return previous;
    }

    /** A model is loading: questions asked meanwhile wait for it after their extractive answer. */
    synchronized void loadingStarted() {
        loading = true;
    }

    /** The load failed: questions waiting for it keep their extractive answer. */
    synchronized void loadingFailed() {
        loading = false;
        notifyAll();
    }

    /** The engine once no model is loading, or null if none came or {@code cancel} was set. */
    private synchronized ChatEngine awaitEngine(CancelToken cancel) {
        while (loading && !cancel.isCancelled()) {
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return cancel.isCancelled() ? null : engine;
    }

    private synchronized boolean loading() {
        return loading;
    }

    @Override
    public boolean hasModel() {
        return engine != null;
    }

    @Override
    public AskResult ask(List<AskTurn> history, String question, AskListener listener, CancelToken cancel) {
        ChatEngine now = engine;
        if (now == null && loading()) {
            AskResult quick = answer(null, history, question, listener, cancel);
            ChatEngine ready = awaitEngine(cancel);
            if (ready == null || !quick.found()) {
                return quick;
            }
            // the extractive answer is already shown: only the model's answer follows
            AskListener tokensOnly = new AskListener() {
                @Override
                public void onReading(int passages, int read, int total) {
                    listener.onReading(passages, read, total);
                }

                @Override
                public void onWritten(int tokens, double tokensPerSecond) {
                    listener.onWritten(tokens, tokensPerSecond);
                }

                @Override
                public void onToken(String text) {
                    listener.onToken(text);
                }
            };
            return answer(ready, history, question, tokensOnly, cancel);
        }
        return answer(now, history, question, listener, cancel);
    }

    private AskResult answer(
            ChatEngine model, List<AskTurn> history, String question, AskListener listener, CancelToken cancel) {
        AnswerSettings settings = AnswerSettings.defaults().withTarget(secondsToFirstWord.getAsDouble());
        AnswerService service = new AnswerService(retriever, embedder, model, settings);
        // AnswerService only chooses a context when it found something relevant.
        AtomicBoolean found = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger passagesRead =
                new java.util.concurrent.atomic.AtomicInteger(); // passages in the context
        String standalone = FollowUpRewriter.rewrite(turns(history), question);
        Answer answer = service.ask(
                turns(history),
                question,
                new AnswerListener() {
                    @Override
                    public void onContext(List<Passage> passages, ContextPlan plan) {
                        found.set(true);
                        passagesRead.set(passages.size());
                    }

                    @Override
                    public void onReading(int tokensRead, int total) {
                        listener.onReading(passagesRead.get(), tokensRead, total);
                    }

                    @Override
                    public void onWritten(int tokens, double tokensPerSecond) {
                        listener.onWritten(tokens, tokensPerSecond);
                    }

                    @Override
                    public void onExtractive(Answer extractive) {
                        listener.onExtractive(toResult(extractive, true, standalone));
                    }

                    @Override
                    public void onToken(String text) {
                        listener.onToken(text);
                    }
                },
                cancel);
        return toResult(answer, found.get(), standalone);
    }

    /** The view keeps questions and answers; the service also wants each question as it was searched. */
    static List<Turn> turns(List<AskTurn> history) {
        List<Turn> turns = new ArrayList<>();
        for (AskTurn t : history) {
            turns.add(new Turn(t.question(), FollowUpRewriter.rewrite(turns, t.question()), t.answer()));
        }
        return turns;
    }

    /** @param question the question as searched (a follow-up rewritten), for the answer's span */
    static AskResult toResult(Answer a, boolean found, String question) {
        List<AskResult.Source> sources = new ArrayList<>();
        if (found && !a.citations().isEmpty()) {
            for (Citation c : a.citations()) {
                sources.add(new AskResult.Source(
                        c.n(),
                        c.path(),
                        c.fileName(),
                        c.page(),
                        c.startOffset(),
                        c.endOffset(),
                        c.text(),
                        c.scanned()));
            }
        } else {
            // Not found: the closest passages. Found but the model cited nothing: what it read.
            for (Passage p : a.passages()) {
                sources.add(new AskResult.Source(
                        p.n(), p.path(), p.title(), p.page(), p.startOffset(), p.endOffset(), p.text(), p.scanned()));
            }
        }
        AskResult.Span span = found && a.grounded()
                ? AnswerSpan.of(question, a.text())
                        .map(s -> new AskResult.Span(s.start(), s.end()))
                        .orElse(null)
                : null;
        return new AskResult(
                found ? a.text() : "",
                found,
                a.mode() == Answer.Mode.LLM,
                a.complete(),
                sources,
                span,
                found ? AnswerUnits.of(a) : List.of());
    }
}

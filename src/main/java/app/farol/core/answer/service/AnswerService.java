package app.farol.core.answer.service;

import app.farol.core.answer.Answer;
import app.farol.core.answer.AnswerListener;
import app.farol.core.answer.AnswerSettings;
import app.farol.core.answer.ContextPlan;
import app.farol.core.answer.FollowUpRewriter;
import app.farol.core.answer.Passage;
import app.farol.core.answer.RankedHit;
import app.farol.core.answer.Turn;
import app.farol.core.answer.context.AnswerPrompt;
import app.farol.core.answer.context.ContextAssembler;
import app.farol.core.answer.context.ContextBudget;
import app.farol.core.answer.context.UnitContext;
import app.farol.core.answer.extractive.ExtractiveAnswerer;
import app.farol.core.answer.extractive.RelevanceGate;
import app.farol.core.answer.llm.ChatEngine;
import app.farol.core.answer.llm.ReadingCost;
import app.farol.core.embed.Embedder;
import app.farol.core.retrieval.Question;
import app.farol.core.retrieval.Retriever;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.util.CancelToken;
import java.util.List;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer path the command line and the desktop call: rewrite a follow-up, retrieve, decide
 * whether anything relevant was found, assemble a budgeted context, show the extractive answer at
 * once, then stream the model's answer (when a model is loaded) and parse its citations.
 *
 * <p>Threading: {@link #ask} blocks and runs on the caller's (worker) thread; every listener
 * callback runs on that thread. Calls may come from several threads; the engine answers one at a
 * time. Never call from a user interface's event thread.
 *
 * <p>Errors: throws {@link app.farol.core.util.FarolException} with a message for the user when
 * the model cannot take the prompt; retrieval errors pass through as the retriever throws them.
 */
public final class AnswerService {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerService.class);

    private final Retriever retriever;
    private final ChatEngine engine;
    private final AnswerSettings settings;
    private final RelevanceGate gate;
    private final ExtractiveAnswerer extractive;
    private final ToIntFunction<String> tokens;
    private final ToIntFunction<String> contextTokens;

    /**
     * @param engine the loaded model, or null to answer extractively
     */
    public AnswerService(Retriever retriever, Embedder embedder, ChatEngine engine, AnswerSettings settings) {
        this(retriever, embedder, engine, settings, null);
    }

    /**
     * @param engine the loaded model, or null to answer extractively
     * @param contextTokenizer counts the tokens of the model's context when no engine is loaded
     *     (the installed model's tokenizer); null to estimate them with the embedder's tokenizer
     */
    public AnswerService(
            Retriever retriever,
            Embedder embedder,
            ChatEngine engine,
            AnswerSettings settings,
            ToIntFunction<String> contextTokenizer) {
        this.retriever = retriever;
        this.engine = engine;
        this.settings = settings;
        this.gate = new RelevanceGate(embedder);
        this.extractive = new ExtractiveAnswerer(embedder);
        this.tokens = engine != null ? engine::countTokens : embedder::countTokens;
        this.contextTokens = engine != null || contextTokenizer == null ? tokens : contextTokenizer;
    }

    /** Counts the tokens of the model's context: the model's, the installed model's, or the embedder's as an estimate. */
    public ToIntFunction<String> contextTokenizer() {
        return contextTokens;
    }

    public boolean hasModel() {
        return engine != null && settings.useModel();
    }

    /**
     * Answers {@code question} in the light of the earlier turns of the conversation.
     *
     * @return the final answer, also given to {@link AnswerListener#onAnswer}
     */
    public Answer ask(List<Turn> history, String question, AnswerListener listener, CancelToken cancel) {
        String standalone = FollowUpRewriter.rewrite(history, question);
        if (!standalone.equals(question.strip())) {
            LOG.debug("Follow-up rewritten as: {}", standalone);
        }
        // read once: retrieval, the gate and the extractive answer take the same reading
        Question read = Question.of(standalone);
        List<SearchHit> hits = retriever.search(
                SearchRequest.of(read, settings.hitsToRetrieve()).withoutSnippets());
        RelevanceGate.Verdict verdict = gate.assess(read, hits);
        if (!verdict.relevant()) {
            return notFound(read, verdict, listener);
        }
        ReadingCost cost = hasModel() ? engine.readingCost() : ReadingCost.UNKNOWN;
        // the instructions are read at start-up: the context is read after them
        int start = hasModel() ? engine.fixedPromptTokens(AnswerPrompt.INSTRUCTIONS) : 0;
        int frame = contextTokens.applyAsInt(AnswerPrompt.frame(standalone));
        int timeBudget = hasModel()
                ? ContextBudget.tokens(
                                cost,
                                start,
                                settings.targetSecondsToFirstWord(),
                                ContextBudget.windowCap(
                                        engine.contextLength(),
                                        start,
                                        settings.limits().maxNewTokens()))
                        - frame
                : Integer.MAX_VALUE;
        int budget = Math.min(timeBudget, settings.contextTokens());
        // The extractive answer reads whole passages with their neighbours; the model reads the
        // units of them that answer best (UnitContext), within its budget.
        ContextAssembler assembler = new ContextAssembler(retriever, tokens, settings.neighbours());
        List<Passage> wide = assembler.assemble(verdict.usable(), ContextBudget.EXTRACTIVE_TOKENS);
        List<ExtractiveAnswerer.RankedUnit> ranked = extractive.rank(read, wide);
        List<Passage> passages = UnitContext.build(ranked, verdict.usable(), contextTokens, budget);
        if (passages.isEmpty()) {
            passages = assembler.assemble(verdict.usable(), Math.max(budget, ContextBudget.MINIMUM_TOKENS));
        }
        int used = frame + UnitContext.tokens(passages, contextTokens);
        listener.onContext(
                passages,
                new ContextPlan(
                        used,
                        budget + frame,
                        hasModel() ? cost.tokensPerSecond(start, used) : 0,
                        hasModel() ? ContextBudget.seconds(cost, start, used) : 0));

        Answer quick = extractive.answer(ranked, wide);
        listener.onExtractive(quick);
        Answer answer = quick;
        if (hasModel() && !cancel.isCancelled()) {
            Answer llm = new LlmAnswerer(engine, settings.limits()).answer(standalone, passages, listener, cancel);
            answer = llm.text().isBlank() ? withComplete(quick, llm.complete()) : llm;
        }
        listener.onAnswer(answer);
        return answer;
    }

    /**
     * The extractive answer's ranking of units for a standalone question, with each unit's
     * signals (empty when nothing relevant is found): what the benchmarks print to choose weights.
     */
    public List<ExtractiveAnswerer.RankedUnit> rankedUnits(String question) {
        Question read = Question.of(question);
        List<SearchHit> hits = retriever.search(
                SearchRequest.of(read, settings.hitsToRetrieve()).withoutSnippets());
        RelevanceGate.Verdict verdict = gate.assess(read, hits);
        if (!verdict.relevant()) {
            return List.of();
        }
        ContextAssembler assembler = new ContextAssembler(retriever, tokens, settings.neighbours());
        return extractive.rank(read, assembler.assemble(verdict.usable(), ContextBudget.EXTRACTIVE_TOKENS));
    }

    private Answer notFound(Question question, RelevanceGate.Verdict verdict, AnswerListener listener) {
        List<Passage> closest = verdict.hits().stream()
                .sorted((a, b) -> Double.compare(b.relevance(), a.relevance()))
                .limit(settings.closestShownWhenNotFound())
                .map(h -> toPassage(h))
                .toList();
        List<Passage> numbered = new java.util.ArrayList<>();
        for (int i = 0; i < closest.size(); i++) {
            numbered.add(closest.get(i).withNumber(i + 1));
        }
        Answer a = new Answer(
                Messages.notFound(question.language()),
                hasModel() ? Answer.Mode.LLM : Answer.Mode.EXTRACTIVE,
                false,
                List.of(),
                numbered,
                true);
        listener.onAnswer(a);
        return a;
    }

    private static Passage toPassage(RankedHit h) {
        SearchHit s = h.hit();
        return new Passage(
                0,
                s.path(),
                s.title(),
                s.page(),
                s.startOffset(),
                s.endOffset(),
                s.text(),
                h.relevance(),
                s.language(),
                s.part(),
                s.scanned());
    }

    private static Answer withComplete(Answer a, boolean complete) {
        return new Answer(a.text(), a.mode(), a.grounded(), a.citations(), a.passages(), complete);
    }
}

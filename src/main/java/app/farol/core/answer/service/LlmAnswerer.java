package app.farol.core.answer.service;

import app.farol.core.answer.Answer;
import app.farol.core.answer.AnswerListener;
import app.farol.core.answer.Answerer;
import app.farol.core.answer.Passage;
import app.farol.core.answer.citation.CitationParser;
import app.farol.core.answer.context.AnswerPrompt;
import app.farol.core.answer.llm.ChatEngine;
import app.farol.core.answer.llm.GenerationLimits;
import app.farol.core.answer.llm.GenerationResult;
import app.farol.core.answer.llm.StopReason;
import app.farol.core.answer.llm.TokenSink;
import app.farol.core.util.CancelToken;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a language model: builds the grounded prompt, streams the tokens to the listener,
 * then keeps only the [n] markers that point to a given passage. Thread-safe if the engine is.
 */
public final class LlmAnswerer implements Answerer {
    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);
    private final ChatEngine engine;
    private final GenerationLimits limits;
    private volatile GenerationResult lastResult;

    public LlmAnswerer(ChatEngine engine, GenerationLimits limits) {
        this.engine = engine;
        this.limits = limits;
    }

    @Override
    public Answer answer(String question, List<Passage> passages, AnswerListener listener, CancelToken cancel) {
        TokenSink sink = new TokenSink() {
            @Override
            public void onText(String text) {
                listener.onToken(text);
            }

            @Override
            public void onPromptRead(int read, int total) {
                listener.onReading(read, total);
            }
        };
        GenerationResult r = engine.generate(AnswerPrompt.build(question, passages), limits, sink, cancel);
        lastResult = r;
        listener.onWritten(r.generatedTokens(), r.generationTokensPerSecond());
        LOG.info(
                "Answer: {} prompt tokens ({} reused) in {} ms, first token at {} ms, {} tokens, {}",
                r.promptTokens(),
                r.reusedPrefixTokens(),
                r.promptMillis(),
                r.firstTokenMillis(),
                r.generatedTokens(),
                r.stopReason());
        CitationParser.Parsed parsed = CitationParser.parse(r.text(), passages);
        boolean complete = r.stopReason() == StopReason.END_TOKEN;
        return new Answer(
                parsed.text().strip(),
                Answer.Mode.LLM,
                !parsed.citations().isEmpty(),
                parsed.citations(),
                passages,
                complete);
    }

    /** Timings of the most recent answer, for measurements. */
    public GenerationResult lastResult() {
        return lastResult;
    }
}

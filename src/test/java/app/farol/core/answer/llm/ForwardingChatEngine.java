package app.farol.core.answer.llm;

import app.farol.core.util.CancelToken;

/**
 * A real engine seen through a test's window: everything goes to the engine it wraps, and a test
 * overrides what it watches (the prompts given, the tokens read). Closing it leaves the wrapped
 * engine open, since the shared tiny engine serves other tests.
 */
public abstract class ForwardingChatEngine implements ChatEngine {
    protected final ChatEngine engine;

    protected ForwardingChatEngine(ChatEngine engine) {
        this.engine = engine;
    }

    @Override
    public GenerationResult generate(ChatPrompt prompt, GenerationLimits limits, TokenSink sink, CancelToken cancel) {
        return engine.generate(prompt, limits, sink, cancel);
    }

    @Override
    public int countTokens(String text) {
        return engine.countTokens(text);
    }

    @Override
    public int fixedPromptTokens(String instructions) {
        return engine.fixedPromptTokens(instructions);
    }

    @Override
    public double promptTokensPerSecond() {
        return engine.promptTokensPerSecond();
    }

    @Override
    public ReadingCost readingCost() {
        return engine.readingCost();
    }

    @Override
    public int contextLength() {
        return engine.contextLength();
    }

    @Override
    public String name() {
        return engine.name();
    }

    @Override
    public void close() {}
}

package app.farol.core.answer.llm;

import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link ChatEngine} over any langchain4j {@link StreamingChatModel}, so that a model served
 * elsewhere (an OpenAI-compatible server on the user's own machine) can stand in for the local
 * Jlama engine. This class makes no network call itself; the wrapped model decides. Prefix reuse
 * and prompt-speed measurement are the server's business: {@link #promptTokensPerSecond()} is 0
 * (unknown), so the context budget falls back to a default speed. Thread-safe; calls are serialised.
 */
public final class StreamingChatModelEngine implements ChatEngine {
    private final StreamingChatModel model;
    private final String name;
    private final int contextLength;

    public StreamingChatModelEngine(StreamingChatModel model, String name, int contextLength) {
        this.model = model;
        this.name = name;
        this.contextLength = contextLength;
    }

    @Override
    public synchronized GenerationResult generate(
            ChatPrompt prompt, GenerationLimits limits, TokenSink sink, CancelToken cancel) {
        long t0 = System.nanoTime();
        long deadline = t0 + limits.maxTime().toNanos();
        StringBuilder text = new StringBuilder();
        AtomicInteger pieces = new AtomicInteger();
        AtomicReference<StopReason> stop = new AtomicReference<>();
        long[] first = {-1};
        CompletableFuture<Void> done = new CompletableFuture<>();
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(prompt.instructions()), UserMessage.from(prompt.userMessage()))
                .temperature((double) limits.temperature())
                .maxOutputTokens(limits.maxNewTokens())
                .build();
        model.chat(request, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                if (stop.get() != null) {
                    return;
                }
                if (first[0] < 0) {
                    first[0] = (System.nanoTime() - t0) / 1_000_000;
                }
                text.append(partial.text());
                sink.onText(partial.text());
                StopReason why = pieces.incrementAndGet() >= limits.maxNewTokens()
                        ? StopReason.TOKEN_CAP
                        : cancel.isCancelled()
                                ? StopReason.CANCELLED
                                : System.nanoTime() >= deadline ? StopReason.TIME_CAP : null;
                if (why != null) {
                    stop.set(why);
                    context.streamingHandle().cancel();
                    done.complete(null);
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                stop.compareAndSet(null, StopReason.END_TOKEN);
                done.complete(null);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            done.get(Math.max(1, (deadline - System.nanoTime()) / 1_000_000) + 1_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop.compareAndSet(null, StopReason.TIME_CAP);
        } catch (ExecutionException e) {
            throw new FarolException(
                    "The model " + name + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.compareAndSet(null, StopReason.CANCELLED);
        }
        long total = (System.nanoTime() - t0) / 1_000_000;
        synchronized (text) {
            return new GenerationResult(
                    text.toString(),
                    stop.get(),
                    countTokens(prompt.instructions() + prompt.userMessage()),
                    0,
                    pieces.get(),
                    first[0] < 0 ? total : first[0],
                    first[0] < 0 ? total : first[0],
                    total);
        }
    }

    /** An estimate (four characters a token): the server's tokenizer is not known here. */
    @Override
    public int countTokens(String text) {
        return (text.length() + 3) / 4;
    }

    @Override
    public double promptTokensPerSecond() {
        return 0;
    }

    @Override
    public int contextLength() {
        return contextLength;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {}
}

package app.farol.core.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.util.CancelToken;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StreamingChatModelEngineTest {

    /** A stand-in for a remote server: streams ten words unless cancelled. */
    static final class TenWords implements StreamingChatModel {
        final List<ChatRequest> requests = new ArrayList<>();

        @Override
        public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
            requests.add(request);
            AtomicBoolean cancelled = new AtomicBoolean();
            StreamingHandle handle = new StreamingHandle() {
                @Override
                public void cancel() {
                    cancelled.set(true);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }
            };
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < 10 && !cancelled.get(); i++) {
                all.append("w").append(i).append(' ');
                handler.onPartialResponse(new PartialResponse("w" + i + " "), new PartialResponseContext(handle));
            }
            if (!cancelled.get()) {
                handler.onCompleteResponse(ChatResponse.builder()
                        .aiMessage(AiMessage.from(all.toString()))
                        .build());
            }
        }
    }

    @Test
    void should_stream_a_langchain4j_model_behind_the_engine_interface_and_cap_its_tokens() {
        TenWords model = new TenWords();
        ChatEngine engine = new StreamingChatModelEngine(model, "remote", 8192);
        List<String> pieces = new ArrayList<>();

        GenerationResult all = engine.generate(
                new ChatPrompt("rules", "question"),
                new GenerationLimits(100, Duration.ofSeconds(10), 0f, 1),
                pieces::add,
                CancelToken.none());
        GenerationResult capped = engine.generate(
                new ChatPrompt("rules", "question"),
                new GenerationLimits(3, Duration.ofSeconds(10), 0f, 1),
                s -> {},
                CancelToken.none());

        assertThat(all.stopReason()).isEqualTo(StopReason.END_TOKEN);
        assertThat(pieces).hasSize(10);
        assertThat(capped.stopReason()).isEqualTo(StopReason.TOKEN_CAP);
        assertThat(capped.text()).isEqualTo("w0 w1 w2 ");
        assertThat(model.requests.getFirst().messages()).hasSize(2);
    }
}

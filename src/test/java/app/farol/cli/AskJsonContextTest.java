package app.farol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.Answer;
import app.farol.core.answer.AnswerListener;
import app.farol.core.answer.AnswerSettings;
import app.farol.core.answer.ContextPlan;
import app.farol.core.answer.Passage;
import app.farol.core.answer.context.AnswerPrompt;
import app.farol.core.answer.llm.ChatEngine;
import app.farol.core.answer.llm.ChatPrompt;
import app.farol.core.answer.llm.ForwardingChatEngine;
import app.farol.core.answer.llm.GenerationLimits;
import app.farol.core.answer.llm.GenerationResult;
import app.farol.core.answer.llm.TinyModels;
import app.farol.core.answer.llm.TokenSink;
import app.farol.core.answer.service.AnswerService;
import app.farol.core.index.IndexListener;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.SampleDocs;
import app.farol.testing.SharedEmbedder;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code context} of {@code ask --json} is exactly what the model read: real Tika, a real
 * Lucene index of the sample documents, real MiniLM, and Jlama with the tiny random model, whose
 * prompt is kept as it goes in.
 */
class AskJsonContextTest {
    private static final Pattern PASSAGE =
            Pattern.compile("<passage n=\"(\\d+)\" source=\"[^\"]*\">\\n(.*?)\\n</passage>\\n", Pattern.DOTALL);

    @TempDir
    Path temp;

    /** The real engine; keeps the prompts it was given. */
    private static final class KeepingPrompts extends ForwardingChatEngine {
        final List<ChatPrompt> prompts = new ArrayList<>();

        KeepingPrompts(ChatEngine engine) {
            super(engine);
        }

        @Override
        public GenerationResult generate(
                ChatPrompt prompt, GenerationLimits limits, TokenSink sink, CancelToken cancel) {
            prompts.add(prompt);
            return engine.generate(prompt, limits, sink, cancel);
        }
    }

    @Test
    void should_report_as_context_exactly_the_passages_of_the_models_prompt() throws Exception {
        TinyModels.engine().prepare(AnswerPrompt.INSTRUCTIONS); // as the app does: its reading cost is then known
        KeepingPrompts engine = new KeepingPrompts(TinyModels.engine());
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                temp.resolve("index"), SharedEmbedder.get().name())) {
            new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get())
                    .index(List.of(SampleDocs.FOLDER), IndexListener.NONE, CancelToken.none());
            AnswerService service = new AnswerService(
                    new HybridRetriever(store, SharedEmbedder.get()),
                    SharedEmbedder.get(),
                    engine,
                    AnswerSettings.defaults()
                            .withLimits(new GenerationLimits(8, java.time.Duration.ofSeconds(60), 0f, 1L)));
            String question = "How often should the coffee machine be descaled?";
            List<Passage> context = new ArrayList<>();
            Answer answer = service.ask(
                    List.of(),
                    question,
                    new AnswerListener() {
                        @Override
                        public void onContext(List<Passage> passages, ContextPlan plan) {
                            context.addAll(passages);
                        }
                    },
                    CancelToken.none());

            JsonNode json =
                    Json.mapper().readTree(AskCommand.toJson(question, answer, context, service.contextTokenizer()));
            assertThat(engine.prompts).hasSize(1);
            Matcher m = PASSAGE.matcher(engine.prompts.getFirst().userMessage());
            List<String> prompted = new ArrayList<>();
            int tokens = 0;
            while (m.find()) {
                prompted.add(m.group(2));
                tokens += engine.countTokens(m.group());
            }
            JsonNode passages = json.get("context").get("passages");
            assertThat(prompted).isNotEmpty();
            assertThat(passages).hasSize(prompted.size());
            for (int i = 0; i < prompted.size(); i++) {
                assertThat(passages.get(i).get("n").asInt()).isEqualTo(i + 1);
                assertThat(passages.get(i).get("text").asText().strip()).isEqualTo(prompted.get(i));
                assertThat(passages.get(i).get("path").asText()).startsWith(SampleDocs.FOLDER.toString());
            }
            // Counted with the model's own tokenizer, within the default budget of passages.
            assertThat(json.get("context").get("tokens").asInt())
                    .isEqualTo(tokens)
                    .isPositive()
                    .isLessThanOrEqualTo(AnswerSettings.defaults().contextTokens());
            assertThat(json.has("answer_span")).isTrue();
            // The descaling interval is in what the model read.
            assertThat(prompted).anyMatch(t -> t.contains("90 days"));
        }
    }
}

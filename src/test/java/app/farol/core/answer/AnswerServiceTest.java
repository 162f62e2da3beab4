package app.farol.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.llm.GenerationLimits;
import app.farol.core.answer.llm.TinyModels;
import app.farol.core.answer.service.AnswerService;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.util.CancelToken;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnswerServiceTest {
    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void loadEmbedder() {
        embedder = new MiniLmEmbedder();
    }

    private static AnswerService extractiveService(SampleDocs docs) {
        return new AnswerService(docs, embedder, null, AnswerSettings.defaults());
    }

    @Test
    void should_answer_extractively_with_citations_when_no_model_is_loaded() {
        Answer a = extractiveService(new SampleDocs())
                .ask(List.of(), "What was the revenue in 2023?", AnswerListener.NONE, CancelToken.none());

        assertThat(a.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
        assertThat(a.grounded()).isTrue();
        assertThat(a.text()).contains("7 million euros").containsPattern("\\[\\d\\]");
        Citation c = a.citations().getFirst();
        assertThat(SampleDocs.fullText(c.path()).substring(c.startOffset(), c.endOffset()))
                .isEqualTo(c.text());
        assertThat(c.text()).contains("7 milli");
    }

    @Test
    void should_say_not_found_and_show_the_closest_passages_when_nothing_is_relevant() {
        Answer a = extractiveService(new SampleDocs())
                .ask(List.of(), "Who won the football world cup in 1998?", AnswerListener.NONE, CancelToken.none());

        assertThat(a.grounded()).isFalse();
        assertThat(a.text()).startsWith("Not found in your documents");
        assertThat(a.citations()).isEmpty();
        assertThat(a.passages()).hasSizeBetween(1, 3);
        assertThat(a.passages())
                .extracting(Passage::n)
                .containsExactly(a.passages().stream().map(Passage::n).sorted().toArray(Integer[]::new));
    }

    @Test
    void should_say_not_found_in_the_language_of_the_question() {
        Answer a = extractiveService(new SampleDocs())
                .ask(
                        List.of(),
                        "Quem ganhou a copa do mundo de futebol de 1998?",
                        AnswerListener.NONE,
                        CancelToken.none());

        assertThat(a.grounded()).isFalse();
        assertThat(a.text()).startsWith("Não encontrado nos seus documentos");
    }

    @Test
    void should_rewrite_a_follow_up_with_the_conversation_before_retrieval() {
        SampleDocs docs = new SampleDocs();
        List<Turn> history =
                List.of(new Turn("What was the revenue in 2022?", "What was the revenue in 2022?", "5 million [1]"));
        Answer a = extractiveService(docs).ask(history, "and in 2023?", AnswerListener.NONE, CancelToken.none());

        assertThat(docs.queries).containsExactly("What was the revenue in 2023?");
        assertThat(a.text()).contains("7 million");
    }

    @Test
    void should_show_the_extractive_answer_first_then_stream_model_tokens() {
        List<String> events = new ArrayList<>();
        StringBuilder streamed = new StringBuilder();
        AnswerSettings settings =
                AnswerSettings.defaults().withLimits(new GenerationLimits(10, Duration.ofSeconds(60), 0f, 1));
        AnswerService service = new AnswerService(new SampleDocs(), embedder, TinyModels.engine(), settings);

        Answer a = service.ask(
                List.of(),
                "What was the revenue in 2023?",
                new AnswerListener() {
                    @Override
                    public void onContext(List<Passage> passages, ContextPlan plan) {
                        events.add("context:" + passages.size());
                        assertThat(plan.estimatedSecondsToFirstWord()).isPositive();
                    }

                    @Override
                    public void onExtractive(Answer extractive) {
                        events.add("extractive");
                        assertThat(extractive.text()).contains("7 million");
                    }

                    @Override
                    public void onToken(String text) {
                        if (!events.getLast().equals("token")) {
                            events.add("token");
                        }
                        streamed.append(text);
                    }

                    @Override
                    public void onAnswer(Answer answer) {
                        events.add("answer");
                    }
                },
                CancelToken.none());

        assertThat(events).hasSize(4);
        assertThat(events.getFirst()).startsWith("context:");
        assertThat(events.subList(1, 4)).containsExactly("extractive", "token", "answer");
        assertThat(a.mode()).isEqualTo(Answer.Mode.LLM);
        assertThat(a.complete()).isFalse();
        assertThat(streamed).isNotEmpty();
    }
}

package app.farol.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.SampleDocs;
import app.farol.core.answer.llm.TinyModels;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.util.CancelToken;
import app.farol.ui.ask.AskBackend;
import app.farol.ui.ask.AskResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A question asked while the model loads: the extractive answer at once, the model's when it is ready. */
class AnswerWhileLoadingTest {
    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void loadEmbedder() {
        embedder = new MiniLmEmbedder();
    }

    @Test
    void should_give_the_extractive_answer_at_once_and_the_model_answer_when_it_is_ready() throws Exception {
        AnswerServiceBackend backend = new AnswerServiceBackend(new SampleDocs(), embedder, () -> 15);
        backend.loadingStarted();
        CountDownLatch quick = new CountDownLatch(1);
        List<AskResult> extractive = new CopyOnWriteArrayList<>();
        List<String> tokens = new CopyOnWriteArrayList<>();
        CompletableFuture<AskResult> answer = CompletableFuture.supplyAsync(() -> backend.ask(
                List.of(),
                "What was the revenue in 2023?",
                new AskBackend.AskListener() {
                    @Override
                    public void onExtractive(AskResult r) {
                        extractive.add(r);
                        quick.countDown();
                    }

                    @Override
                    public void onToken(String text) {
                        tokens.add(text);
                    }
                },
                CancelToken.none()));

        assertThat(quick.await(120, TimeUnit.SECONDS)).isTrue();
        assertThat(extractive.getFirst().text()).contains("7 million euros");
        assertThat(answer).as("waits for the model still loading").isNotDone();

        backend.setEngine(TinyModels.engine());
        AskResult done = answer.get(120, TimeUnit.SECONDS);
        assertThat(done.byModel()).isTrue();
        assertThat(tokens).isNotEmpty();
        assertThat(extractive).as("the extractive answer is given once").hasSize(1);
        backend.setEngine(null);
    }

    @Test
    void should_keep_the_extractive_answer_when_the_model_fails_to_load() throws Exception {
        AnswerServiceBackend backend = new AnswerServiceBackend(new SampleDocs(), embedder, () -> 15);
        backend.loadingStarted();
        CountDownLatch quick = new CountDownLatch(1);
        CompletableFuture<AskResult> answer = CompletableFuture.supplyAsync(() -> backend.ask(
                List.of(),
                "What was the revenue in 2023?",
                new AskBackend.AskListener() {
                    @Override
                    public void onExtractive(AskResult r) {
                        quick.countDown();
                    }
                },
                CancelToken.none()));

        assertThat(quick.await(120, TimeUnit.SECONDS)).isTrue();
        backend.loadingFailed();
        AskResult done = answer.get(120, TimeUnit.SECONDS);
        assertThat(done.byModel()).isFalse();
        assertThat(done.text()).contains("7 million euros");
    }
}

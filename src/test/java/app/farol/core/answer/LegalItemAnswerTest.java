package app.farol.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.service.AnswerService;
import app.farol.core.index.IndexListener;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.GeneratedPdf;
import app.farol.testing.SharedEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asking for one item of a legal text (an alínea under an inciso under a §) answers with that
 * item, and the model's context holds it under the lead-in that says what it is: a real PDF,
 * Tika, index and MiniLM.
 */
class LegalItemAnswerTest {
    @TempDir
    Path temp;

    @Test
    void should_answer_with_the_item_asked_for_and_give_the_model_its_lead_in() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        new GeneratedPdf()
                .title("Código eleitoral de exemplo")
                .page(
                        "Art. 14. A soberania popular será exercida pelo sufrágio universal e pelo voto direto e",
                        "secreto, com valor igual para todos, nos termos desta lei.",
                        "§ 1º O alistamento eleitoral e o voto são:",
                        "I – obrigatórios para os maiores de dezoito anos;",
                        "II – facultativos para:",
                        "a) os analfabetos que residam em município sem escola pública de ensino fundamental;",
                        "b) os maiores de setenta anos, qualquer que seja o seu estado de saúde ou o seu domicílio;",
                        "c) os maiores de dezesseis e menores de dezoito anos, desde que alistados até o prazo legal;",
                        "§ 2º Não podem alistar-se como eleitores os estrangeiros.")
                .write(docs.resolve("codigo.pdf"));
        try (LucenePassageStore store = indexed(docs)) {
            AnswerService service = answering(store);
            List<Passage> context = new ArrayList<>();
            AnswerListener listener = new AnswerListener() {
                @Override
                public void onContext(List<Passage> passages, ContextPlan plan) {
                    context.addAll(passages);
                }
            };

            Answer answer = service.ask(
                    List.of(), "O voto é facultativo para os maiores de setenta anos?", listener, CancelToken.none());

            assertThat(answer.text()).startsWith("b) os maiores de setenta anos");
            Passage holder = context.stream()
                    .filter(p -> p.text().contains("b) os maiores de setenta anos"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no context passage holds the item: " + context));
            assertThat(holder.text().indexOf("II – facultativos para:"))
                    .as("the lead-in stands above the item: " + holder.text())
                    .isGreaterThanOrEqualTo(0)
                    .isLessThan(holder.text().indexOf("b) os maiores de setenta anos"));
        }
    }

    @Test
    void should_answer_with_items_not_with_the_lead_in_that_names_them() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        new GeneratedPdf()
                .title("Regras de votação")
                .page(
                        "§ 1º O alistamento eleitoral e o voto são:",
                        "I – obrigatórios para:",
                        "a) os maiores de dezoito anos e menores de setenta anos;",
                        "b) os servidores públicos em exercício na data da eleição;",
                        "II – facultativos para:",
                        "a) os analfabetos de qualquer idade;",
                        "b) os maiores de setenta anos completos;",
                        "c) os maiores de dezesseis e menores de dezoito anos.")
                .write(docs.resolve("regras.pdf"));
        try (LucenePassageStore store = indexed(docs)) {
            AnswerService service = answering(store);

            Answer answer =
                    service.ask(List.of(), "Para quem o voto é facultativo?", AnswerListener.NONE, CancelToken.none());

            // Only the lead-in says "facultativos", but alone it answers nothing: one of its items leads.
            assertThat(answer.text())
                    .matches("(?s)(a\\) os analfabetos|b\\) os maiores de setenta|c\\) os maiores de dezesseis).*");
        }
    }

    /** A real on-disk index of the folder, read with Tika and MiniLM. */
    private LucenePassageStore indexed(Path docs) {
        LucenePassageStore store = LucenePassageStore.openForWriting(
                temp.resolve("index"), SharedEmbedder.get().name());
        new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get())
                .index(List.of(docs), IndexListener.NONE, CancelToken.none());
        return store;
    }

    /** Answers without a model, as `farol ask --model none` does. */
    private static AnswerService answering(LucenePassageStore store) {
        return new AnswerService(
                new HybridRetriever(store, SharedEmbedder.get()),
                SharedEmbedder.get(),
                null,
                AnswerSettings.defaults());
    }
}

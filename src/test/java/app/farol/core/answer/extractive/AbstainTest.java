package app.farol.core.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.Answer;
import app.farol.core.answer.AnswerListener;
import app.farol.core.answer.AnswerSettings;
import app.farol.core.answer.service.AnswerService;
import app.farol.core.index.IndexListener;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.SharedEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Knowing when the documents do not say (real Tika, real index, real MiniLM): a passage that only
 * shares the question's topic word is not an answer, while the question the same document does
 * answer still gets it.
 */
class AbstainTest {
    @TempDir
    static Path temp;

    static LucenePassageStore store;
    static AnswerService service;

    @BeforeAll
    static void index() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("france.html"), """
                <html><head><title>France</title></head><body><h1>France</h1>
                <p>This is a page about France.</p>
                <p>France exports wine and cheese; its wine exports were worth 17 billion euros in 2023.</p>
                </body></html>""");
        Files.writeString(docs.resolve("constituicao.txt"), """
                Art. 18. A organização político-administrativa da República Federativa do Brasil compreende a União, os Estados, \
                o Distrito Federal e os Municípios. § 1º Brasília é a Capital Federal.
                Art. 222. Em qualquer caso, pelo menos setenta por cento do capital total e do capital votante das empresas \
                jornalísticas deverá pertencer a brasileiros natos ou naturalizados há mais de dez anos.
                """);
        Files.writeString(docs.resolve("stargazing.txt"), """
                Saturn is yellowish, and its rings need a small telescope at a magnification of at least 25 times to be seen clearly.
                """);
        Files.writeString(docs.resolve("mudanca.txt"), """
                Transferências

                [x] Internet em Curitiba: cancelada a partir de 17/01
                [ ] Energia Florianópolis: ligação nova pedida, previsão 15/01

                Caminhos

                Old Quarry Loop
                Distance: 7.4 km, with one steep climb.
                """);
        store = LucenePassageStore.openForWriting(
                temp.resolve("index"), SharedEmbedder.get().name());
        new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get())
                .index(List.of(docs), IndexListener.NONE, CancelToken.none());
        service = new AnswerService(
                new HybridRetriever(store, SharedEmbedder.get()),
                SharedEmbedder.get(),
                null,
                AnswerSettings.defaults());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Answer ask(String question) {
        return service.ask(List.of(), question, AnswerListener.NONE, CancelToken.none());
    }

    @Test
    void should_not_answer_the_capital_of_france_from_a_page_that_only_names_france() {
        assertThat(ask("What is the capital of France?").grounded())
                .as("capital of France")
                .isFalse();
        Answer exports = ask("What does France export?");
        assertThat(exports.grounded()).isTrue();
        assertThat(exports.text()).contains("wine");
    }

    @Test
    void should_not_answer_another_country_s_capital_from_a_legal_text_about_capital() {
        assertThat(ask("Qual é a capital da Mongólia?").grounded())
                .as("capital da Mongólia")
                .isFalse();
        Answer brasil = ask("Qual é a capital federal do Brasil?");
        assertThat(brasil.grounded()).isTrue();
        assertThat(brasil.text()).contains("Brasília");
    }

    @Test
    void should_not_answer_a_date_question_with_a_date_beside_the_place_it_names() {
        assertThat(ask("Quando foi fundada a cidade de Florianópolis?").grounded())
                .as("founding of Florianópolis")
                .isFalse();
        // the words that only ask for the kind ("how long") need not be shared
        assertThat(ask("How long is the Old Quarry Loop?").text()).startsWith("Distance: 7.4 km");
    }

    @Test
    void should_not_count_moons_with_a_magnification() {
        assertThat(ask("How many moons does Saturn have?").grounded())
                .as("moons of Saturn")
                .isFalse();
        assertThat(ask("What magnification do Saturn's rings need?").text()).contains("25 times");
    }

    @Test
    void should_tell_what_a_how_many_question_counts() {
        assertThat(CountedThing.of("How many moons does Saturn have?")).contains("moon");
        assertThat(CountedThing.of("How many people took part?")).isEmpty();
        assertThat(CountedThing.countedIn("moon", "Jupiter shows its four largest moons"))
                .isTrue();
        assertThat(CountedThing.countedIn("moon", "a magnification of at least 25 times; the Moon"))
                .isFalse();
        assertThat(CountedThing.countedIn("caixa", "foram embaladas 42 caixas")).isTrue();
    }

    @Test
    void should_read_the_named_things_of_a_question() {
        assertThat(Names.of("What pressure should the rear tyre of the Kestrel be pumped to?"))
                .containsExactly("kestrel");
        assertThat(Names.of("Qual é a capital da Mongólia?")).containsExactly("mongolia");
        assertThat(Names.of("How does the keyword part of Farol's search rank passages?"))
                .containsExactly("farol");
    }
}

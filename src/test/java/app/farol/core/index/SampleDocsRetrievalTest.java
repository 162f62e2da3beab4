package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.StoredPassage;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.SampleDocs;
import app.farol.testing.SharedEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real sample documents, parsed by Tika, embedded by MiniLM and searched in a real index. */
class SampleDocsRetrievalTest {
    @TempDir
    static Path temp;

    static LucenePassageStore store;
    static HybridRetriever retriever;
    static IndexReport report;

    @BeforeAll
    static void indexSampleDocs() {
        store = LucenePassageStore.openForWriting(
                temp.resolve("index"), SharedEmbedder.get().name());
        Indexer indexer = new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get());
        report = indexer.index(List.of(SampleDocs.FOLDER), IndexListener.NONE, CancelToken.none());
        retriever = new HybridRetriever(store, SharedEmbedder.get());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void should_index_every_sample_format_and_skip_the_questions_file() {
        Map<String, FileRecord> files = store.files();
        assertThat(report.failed()).isZero();
        assertThat(files.values()).allSatisfy(r -> assertThat(r.status()).isEqualTo(FileStatus.INDEXED));
        Set<String> types = files.values().stream().map(FileRecord::type).collect(Collectors.toSet());
        assertThat(types).contains("pdf", "docx", "odt", "html", "md", "txt", "epub");
        assertThat(files.keySet()).noneMatch(p -> p.endsWith("questions.tsv"));
        assertThat(files.values()).allSatisfy(r -> assertThat(r.chunks()).isPositive());
    }

    @Test
    void should_keep_pdf_pages_and_document_headings() {
        List<StoredPassage> guide = store.passagesOf(
                SampleDocs.FOLDER.resolve("farol-user-guide.pdf").toString());
        assertThat(guide)
                .extracting(StoredPassage::page)
                .contains(1, 2, 3, 4, 5)
                .doesNotContain(0);
        List<StoredPassage> notes = store.passagesOf(
                SampleDocs.FOLDER.resolve("home-network-notes.md").toString());
        assertThat(notes).allSatisfy(p -> assertThat(p.headings()).isNotEmpty());
        List<StoredPassage> log = store.passagesOf(
                SampleDocs.FOLDER.resolve("bike-maintenance-log.txt").toString());
        assertThat(log).anySatisfy(p -> assertThat(p.headings()).contains("Bike details"));
        // PDF headings come from the PDF's outline, and the outline is not indexed as text.
        List<StoredPassage> contract = store.passagesOf(
                SampleDocs.FOLDER.resolve("contrato-aluguel.pdf").toString());
        assertThat(contract)
                .filteredOn(p -> p.text().contains("31 de agosto de 2026"))
                .singleElement()
                .satisfies(p ->
                        assertThat(p.headings()).containsExactly("Das partes e do imóvel", "Cláusula 2ª — Do prazo"));
        assertThat(contract).noneSatisfy(p -> assertThat(p.text()).contains("Cláusula 12ª — Do foro"));
    }

    @Test
    void should_find_the_expected_passage_in_the_top_three_for_every_sample_question() {
        List<SampleDocs.Question> questions = SampleDocs.questions();
        List<String> misses = missesInTopThree(questions);
        System.out.printf(
                Locale.ROOT,
                "sample questions in the top 3: %d of %d%n",
                questions.size() - misses.size(),
                questions.size());
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(questions).hasSizeGreaterThanOrEqualTo(20);
        // Every one, since PDF table rows and the glossary (docs/retrieval.md). The closest calls:
        // the rent and the coffee tank questions, 3rd with 3 % and 9 % to spare.
        assertThat(misses).as("questions whose passage is not in the top 3").isEmpty();
    }

    /**
     * English questions on Portuguese documents, Portuguese questions on English ones, and
     * Portuguese synonyms of the documents' words. Written apart from the bilingual glossary
     * and never used to tune it, so this is a held-out check of cross-language search.
     */
    @Test
    void should_answer_held_out_cross_language_questions() throws Exception {
        Path tsv = Path.of(SampleDocsRetrievalTest.class
                .getResource("cross-language-questions.tsv")
                .toURI());
        List<SampleDocs.Question> questions = SampleDocs.questions(tsv);
        List<String> misses = missesInTopThree(questions);
        System.out.printf(
                Locale.ROOT,
                "cross-language questions in the top 3: %d of %d%n",
                questions.size() - misses.size(),
                questions.size());
        misses.forEach(m -> System.out.println("  miss: " + m));
        // 5 of 22 without the glossary, 17 with it (docs/retrieval.md).
        assertThat(misses).as("questions whose passage is not in the top 3").hasSizeLessThanOrEqualTo(7);
    }

    private static List<String> missesInTopThree(List<SampleDocs.Question> questions) {
        List<String> misses = new ArrayList<>();
        for (SampleDocs.Question q : questions) {
            List<SearchHit> hits = retriever.search(SearchRequest.of(q.question(), 3));
            boolean found = hits.stream()
                    .anyMatch(h ->
                            h.fileName().equals(q.file()) && normalise(h.text()).contains(normalise(q.phrase())));
            if (!found) {
                misses.add(q.question() + " -> "
                        + hits.stream()
                                .map(h -> h.fileName() + "#" + h.chunkOrdinal())
                                .toList());
            }
        }
        return misses;
    }

    @Test
    void should_filter_by_type_and_folder() {
        List<SearchHit> pdfOnly =
                retriever.search(new SearchRequest("descaling error code", 10, List.of(), List.of("pdf")));
        assertThat(pdfOnly)
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.fileName()).endsWith(".pdf"));
        List<SearchHit> elsewhere =
                retriever.search(new SearchRequest("descaling", 10, List.of(temp.resolve("nothing")), List.of()));
        assertThat(elsewhere).isEmpty();
    }

    @Test
    void should_highlight_matched_words_in_snippets() {
        List<SearchHit> hits = retriever.search(SearchRequest.of("descaling", 3));
        assertThat(hits.getFirst().snippet()).containsIgnoringCase("<b>descal");
    }

    @Test
    void should_rank_the_same_hits_without_snippets_when_asked_for_none() {
        SearchRequest request = SearchRequest.of("How do I descale the coffee machine?", 5);
        List<SearchHit> marked = retriever.search(request);
        List<SearchHit> plain = retriever.search(request.withoutSnippets());

        assertThat(plain)
                .extracting(SearchHit::text)
                .containsExactlyElementsOf(marked.stream().map(SearchHit::text).toList());
        assertThat(plain).extracting(SearchHit::snippet).containsOnly("");
        assertThat(marked.getFirst().snippet()).contains("<b>");
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").replace('\u2019', '\'');
    }
}

package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.GeneratedPdf;
import app.farol.testing.SharedEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four quarterly reports that look alike (same title, same headings, other figures), with file
 * names that do not say whose they are: only the first page names the company. A question that
 * names one company must find that company's table, which never repeats the name.
 */
class LookAlikeDocumentsTest {
    @TempDir
    static Path temp;

    static LucenePassageStore store;
    static HybridRetriever retriever;

    private static final String[][] COMPANIES = {
        {"Northwind Traders", "12.4", "8.1"},
        {"Bluefin Robotics", "47.9", "31.2"},
        {"Cedar Valley Foods", "5.3", "4.6"},
        {"Quartzline Energy", "88.0", "61.7"},
    };

    @BeforeAll
    static void indexReports() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("reports"));
        for (int i = 0; i < COMPANIES.length; i++) {
            String[] c = COMPANIES[i];
            new GeneratedPdf()
                    .title("Quarterly report Q3 2025")
                    .page(
                            "Quarterly report for the third quarter of 2025",
                            "",
                            "Prepared by the finance department of " + c[0] + " for its shareholders.",
                            "The board thanks all employees for a busy quarter.")
                    .page(
                            "Financial results",
                            "",
                            "Revenue " + c[1] + " million euros",
                            "Operating costs " + c[2] + " million euros",
                            "Investments 1.2 million euros",
                            "Employees 240",
                            "",
                            "The quarter closed in line with the plan approved in the spring.")
                    .write(folder.resolve("q3-report-" + (i + 1) + ".pdf"));
        }
        store = LucenePassageStore.openForWriting(
                temp.resolve("index"), SharedEmbedder.get().name());
        new Indexer(store, new TikaDocumentParser(), SharedEmbedder.get())
                .index(List.of(folder), IndexListener.NONE, CancelToken.none());
        retriever = new HybridRetriever(store, SharedEmbedder.get());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void should_find_the_revenue_table_of_the_company_the_question_names() {
        int first = 0;
        for (String[] c : COMPANIES) {
            List<SearchHit> hits = retriever.search(SearchRequest.of("What was the revenue of " + c[0] + "?", 3));
            // Top 2, what it reaches: first is the page that names the company (docs/retrieval.md).
            assertThat(hits.subList(0, Math.min(2, hits.size())))
                    .as(c[0])
                    .anySatisfy(h -> assertThat(h.text()).contains("Revenue " + c[1] + " million"));
            first += hits.getFirst().text().contains("Revenue " + c[1] + " million") ? 1 : 0;
        }
        System.out.printf(
                Locale.ROOT,
                "look-alike reports: the company's revenue row first for %d of %d%n",
                first,
                COMPANIES.length);
    }
}

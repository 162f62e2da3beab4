package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.app.Main;
import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.ingest.isolated.IsolatedDocumentParser;
import app.farol.core.ingest.isolated.WorkerSettings;
import app.farol.core.retrieval.KeywordQueries;
import app.farol.core.store.FileStatus;
import app.farol.core.store.PassageFilter;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.testing.HostileFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated hostile files: a zip bomb, a 2 GB text file, a PDF of 10,000 pages. */
@Tag("slow")
class HostileFilesTest {
    @TempDir
    Path temp;

    @Test
    void should_reject_a_zip_bomb_docx_fast_and_within_the_parser_memory_limit() throws Exception {
        Path bomb = HostileFiles.zipBombDocx(temp.resolve("bomb.docx"), 3 * 1024);
        try (IsolatedDocumentParser parser = new IsolatedDocumentParser(ParseLimits.DEFAULT, WorkerSettings.DEFAULT)) {
            Files.writeString(temp.resolve("warm.txt"), "warm up the worker");
            parser.parse(temp.resolve("warm.txt"));
            long start = System.nanoTime();
            ParseOutcome outcome = parser.parse(bomb);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            long peak = parser.workerPeakResidentBytes();
            System.out.printf(
                    Locale.ROOT,
                    "zip bomb: %d KB inflating to 3 GB; %s in %d ms; parse worker peak resident memory %d MB%n",
                    Files.size(bomb) / 1024,
                    outcome,
                    took.toMillis(),
                    peak >> 20);
            assertThat(outcome).isInstanceOf(ParseOutcome.Failed.class);
            assertThat(((ParseOutcome.Failed) outcome).kind()).isEqualTo(ReasonKind.TOO_LARGE);
            assertThat(took).isLessThan(Duration.ofSeconds(20));
            assertThat(parser.workerPids())
                    .as("the worker survived and stays in use")
                    .hasSize(1);
        }
    }

    @Test
    void should_index_a_2_gb_text_file_and_a_10000_page_pdf_up_to_the_limit_within_a_small_heap() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        HostileFiles.giantText(docs.resolve("harbour-log.txt"), 2L << 30);
        HostileFiles.longPdf(docs.resolve("ships-log.pdf"), 10_000);
        HostileFiles.zipBombDocx(docs.resolve("bomb.docx"), 2 * 1024);
        Files.writeString(docs.resolve("note.txt"), "The lighthouse keeper's cat is called Farol.");
        Path index = temp.resolve("index");

        // The whole app in a JVM with a small heap: running out of it would fail the run.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx400m",
                        "-Dfarol.maxChars=100000",
                        "-Dfarol.parseTimeoutSeconds=60",
                        "--add-modules",
                        "jdk.incubator.vector",
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "index",
                        "--json",
                        "--index",
                        index.toString(),
                        docs.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long start = System.nanoTime();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        System.out.printf(
                Locale.ROOT,
                "2 GB text + 10,000-page PDF + zip bomb, app heap 400 MB: %.1f s; %s%n",
                (System.nanoTime() - start) / 1e9,
                out);

        Map<String, JsonNode> failures = new HashMap<>();
        new ObjectMapper()
                .readTree(out)
                .get("failures")
                .forEach(f -> failures.put(
                        Path.of(f.get("path").asText()).getFileName().toString(), f));
        assertThat(failures.get("harbour-log.txt").get("status").asText()).isEqualTo("indexed");
        assertThat(failures.get("harbour-log.txt").get("reason").asText()).startsWith("truncated");
        assertThat(failures.get("ships-log.pdf").get("status").asText()).isEqualTo("indexed");
        assertThat(failures.get("ships-log.pdf").get("kind").asText()).isIn("too large", "timed out");
        assertThat(failures.get("bomb.docx").get("kind").asText()).isEqualTo("too large");
        try (LucenePassageStore store = LucenePassageStore.openReadOnly(index)) {
            assertThat(store.keywordSearch(KeywordQueries.of("harbour master tide"), PassageFilter.NONE, 3))
                    .isNotEmpty();
            assertThat(store.keywordSearch(KeywordQueries.of("bilge pump night watch"), PassageFilter.NONE, 3))
                    .isNotEmpty();
            assertThat(store.files().get(docs.resolve("note.txt").toString()).status())
                    .isEqualTo(FileStatus.INDEXED);
            assertThat(store.files()).hasSize(4);
        }
    }
}

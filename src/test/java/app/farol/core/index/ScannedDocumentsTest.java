package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.bench.ScannedCopy;
import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.ingest.isolated.IsolatedDocumentParser;
import app.farol.core.ingest.isolated.WorkerSettings;
import app.farol.core.ocr.OcrSettings;
import app.farol.core.retrieval.KeywordQueries;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.PassageFilter;
import app.farol.core.store.RankedPassage;
import app.farol.core.store.StoredPassage;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.GeneratedPdf;
import app.farol.testing.ReasonWords;
import app.farol.testing.SharedEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans read with OCR, end to end: real Tesseract in the parse worker, real Tika, a real index.
 * The documents are made here: known text rendered to images (at 200 dpi, as a scanner would)
 * and wrapped in PDFs without a text layer, a page scanned sideways, a PDF of text and scanned
 * pages, and a PNG photo of a page. About 30 s (OCR takes a second or two a page).
 */
@Tag("slow")
class ScannedDocumentsTest {
    @TempDir
    Path temp;

    Path folder;

    @BeforeEach
    void makeTheScans() throws IOException {
        folder = Files.createDirectories(temp.resolve("library"));
        Path text = new GeneratedPdf()
                .page("The lighthouse keeper logged the storm on Tuesday night.", "", "Waves broke over the pier.")
                .page("Quarterly inventory of brass lanterns: seventeen in the cellar.")
                .write(temp.resolve("scanned-original.pdf"));
        ScannedCopy.write(text, folder.resolve("scanned.pdf"), 200, Set.of(), 1, 0, 0);
        Path sideways = new GeneratedPdf()
                .page("The orchard ledger lists forty apricot trees near the river.")
                .write(temp.resolve("rotated-original.pdf"));
        ScannedCopy.write(sideways, folder.resolve("rotated.pdf"), 200, Set.of(), 1, 0, 1);
        Path mixed = new GeneratedPdf()
                .page("Minutes of the harbour committee, first session, in plain text.")
                .page("The committee approved a budget for repainting the breakwater.")
                .page("Closing remarks of the harbour committee, again in plain text.")
                .write(temp.resolve("mixed-original.pdf"));
        ScannedCopy.write(mixed, folder.resolve("mixed.pdf"), 200, Set.of(2), 1, 0, 0);
        Path photo = new GeneratedPdf()
                .page("A photographed recipe: knead the sourdough for twelve minutes.")
                .write(temp.resolve("photo-original.pdf"));
        ImageIO.write(
                ScannedCopy.render(photo, 1, 150),
                "png",
                folder.resolve("photo.png").toFile());
        Files.writeString(folder.resolve("notes.txt"), "Plain notes about the ferry timetable.");
    }

    @Test
    void should_read_scanned_pdfs_rotated_pages_mixed_pdfs_and_photos_with_the_right_pages() {
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        temp.resolve("index"), SharedEmbedder.get().name());
                IsolatedDocumentParser parser = parser(OcrSettings.fromSystemProperties())) {
            // While the first scanned page is read, the text file is already searchable.
            AtomicReference<List<RankedPassage>> whileReading = new AtomicReference<>();
            List<String> written = new java.util.concurrent.CopyOnWriteArrayList<>();
            IndexListener listener = new IndexListener() {
                @Override
                public void onProgress(IndexProgress progress) {
                    if (progress.scanPagesRead() > 0 && whileReading.get() == null) {
                        whileReading.set(
                                store.keywordSearch(KeywordQueries.of("ferry timetable"), PassageFilter.NONE, 3));
                    }
                }

                @Override
                public void onFile(FileRecord record) {
                    written.add(Path.of(record.path()).getFileName() + " " + record.kind());
                }
            };
            IndexReport report = new Indexer(store, parser, SharedEmbedder.get())
                    .index(List.of(folder), listener, CancelToken.none());

            assertThat(whileReading.get())
                    .as("found while the scans were read")
                    .extracting(h -> Path.of(h.passage().path()).getFileName().toString())
                    .contains("notes.txt");
            // Each scan is written twice: its text pages first (none here: SCANNED), its OCR after every
            // file with text.
            assertThat(written.subList(0, 5))
                    .containsExactlyInAnyOrder(
                            "notes.txt NONE",
                            "scanned.pdf SCANNED",
                            "rotated.pdf SCANNED",
                            "mixed.pdf SCANNED",
                            "photo.png SCANNED");
            assertThat(written.subList(5, written.size()))
                    .containsExactlyInAnyOrder(
                            "scanned.pdf NONE", "rotated.pdf NONE", "mixed.pdf NONE", "photo.png NONE");
            assertThat(report.failed()).isZero();
            assertThat(store.files().values())
                    .allSatisfy(r -> assertThat(r.status()).as(r.path()).isEqualTo(FileStatus.INDEXED))
                    .allSatisfy(r -> assertThat(r.kind())
                            .as(r.path() + ": " + ReasonWords.english(r.reason()))
                            .isEqualTo(ReasonKind.NONE));
            assertFound(store, "lighthouse keeper storm", "scanned.pdf", 1);
            assertFound(store, "brass lanterns inventory", "scanned.pdf", 2);
            assertFound(store, "orchard apricot trees", "rotated.pdf", 1);
            assertFound(store, "budget repainting breakwater", "mixed.pdf", 2);
            assertFound(store, "closing remarks harbour", "mixed.pdf", 3);
            assertFound(store, "sourdough knead", "photo.png", 1);
            assertThat(store.passagesOf(folder.resolve("mixed.pdf").toString()))
                    .as("only the scanned page's passages say they were read from a scan")
                    .allSatisfy(p -> assertThat(p.scanned()).as(p.text()).isEqualTo(p.page() == 2))
                    .extracting(StoredPassage::page)
                    .contains(1, 2, 3);
            assertThat(store.passagesOf(folder.resolve("notes.txt").toString())).noneMatch(StoredPassage::scanned);
        }
    }

    @Test
    void should_say_what_to_install_without_tesseract_and_read_the_scans_once_it_is_there() {
        Path index = temp.resolve("index");
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        index, SharedEmbedder.get().name());
                IsolatedDocumentParser parser = parser(OcrSettings.fromSystemProperties()
                        .withSearchPath(temp.resolve("bin").toString()))) {
            new Indexer(store, parser, SharedEmbedder.get())
                    .index(List.of(folder), IndexListener.NONE, CancelToken.none());

            FileRecord scanned = record(store, "scanned.pdf");
            assertThat(scanned.status()).isEqualTo(FileStatus.SKIPPED);
            assertThat(scanned.kind()).isEqualTo(ReasonKind.SCANNED);
            assertThat(ReasonWords.english(scanned.reason()))
                    .startsWith("scanned: install tesseract-ocr to read it")
                    .contains(
                            "apt install tesseract-ocr tesseract-ocr-eng tesseract-ocr-por", "brew install tesseract");
            assertThat(record(store, "photo.png").kind()).isEqualTo(ReasonKind.SCANNED);
            FileRecord mixed = record(store, "mixed.pdf");
            assertThat(mixed.status()).as("its text pages are indexed").isEqualTo(FileStatus.INDEXED);
            assertThat(mixed.kind()).isEqualTo(ReasonKind.SCANNED);
            assertThat(ReasonWords.english(mixed.reason())).contains("1 of its 3 pages");
            assertThat(record(store, "notes.txt").status()).isEqualTo(FileStatus.INDEXED);
            assertFound(store, "closing remarks harbour", "mixed.pdf", 3);
            assertFound(store, "ferry timetable", "notes.txt", 0);
        }
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        index, SharedEmbedder.get().name());
                IsolatedDocumentParser parser = parser(OcrSettings.fromSystemProperties())) {
            IndexReport report = new Indexer(store, parser, SharedEmbedder.get())
                    .index(List.of(folder), IndexListener.NONE, CancelToken.none());

            assertThat(report.readAgain())
                    .as("the unchanged scans are read now")
                    .isEqualTo(4);
            assertThat(record(store, "scanned.pdf").status()).isEqualTo(FileStatus.INDEXED);
            assertThat(record(store, "mixed.pdf").kind()).isEqualTo(ReasonKind.NONE);
            assertFound(store, "brass lanterns inventory", "scanned.pdf", 2);
            assertFound(store, "budget repainting breakwater", "mixed.pdf", 2);
            assertFound(store, "sourdough knead", "photo.png", 1);
        }
    }

    @Test
    void should_stop_reading_scans_when_cancelled_and_read_them_next_time() {
        CancelToken cancel = new CancelToken();
        IndexListener cancelAtFirstPage = new IndexListener() {
            @Override
            public void onProgress(IndexProgress progress) {
                if (progress.scanPagesRead() > 0) {
                    cancel.cancel();
                }
            }
        };
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        temp.resolve("index"), SharedEmbedder.get().name());
                IsolatedDocumentParser parser = parser(OcrSettings.fromSystemProperties())) {
            IndexReport report =
                    new Indexer(store, parser, SharedEmbedder.get()).index(List.of(folder), cancelAtFirstPage, cancel);

            assertThat(report.cancelled()).isTrue();
            assertThat(record(store, "notes.txt").kind()).isEqualTo(ReasonKind.NONE);
            // The scan being read when the run stopped is left as its first reading said: to be read.
            assertThat(store.files().values())
                    .filteredOn(r -> !r.path().endsWith("notes.txt"))
                    .hasSize(4)
                    .allSatisfy(r -> assertThat(r.kind()).as(r.path()).isEqualTo(ReasonKind.SCANNED));
            assertThat(new Indexer(store, parser, SharedEmbedder.get())
                            .index(List.of(folder), IndexListener.NONE, CancelToken.none())
                            .readAgain())
                    .isEqualTo(4);
            assertFound(store, "brass lanterns inventory", "scanned.pdf", 2);
        }
    }

    private IsolatedDocumentParser parser(OcrSettings ocr) {
        return new IsolatedDocumentParser(
                ParseLimits.DEFAULT, WorkerSettings.DEFAULT, ocr.withCache(temp.resolve("ocr-cache")));
    }

    private FileRecord record(LucenePassageStore store, String name) {
        FileRecord r = store.files().get(folder.resolve(name).toString());
        assertThat(r).as(name).isNotNull();
        return r;
    }

    private void assertFound(LucenePassageStore store, String query, String name, int page) {
        List<RankedPassage> hits = store.keywordSearch(KeywordQueries.of(query), PassageFilter.NONE, 3);
        assertThat(hits).as(query).isNotEmpty();
        StoredPassage top = hits.getFirst().passage();
        assertThat(top.path()).as(query).isEqualTo(folder.resolve(name).toString());
        assertThat(top.page()).as(query + ": " + top.text()).isEqualTo(page);
    }
}

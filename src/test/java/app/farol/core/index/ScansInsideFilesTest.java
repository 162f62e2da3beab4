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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans inside other files get what scans on disk get: a scanned PDF in a .zip and a photo
 * attached to a message wait until the files with text are indexed, their pages count in the
 * run's progress, and their passages say they were read from a scan. Real Tesseract in the
 * parse worker, real Tika, a real index; about 20 s.
 */
@Tag("slow")
class ScansInsideFilesTest {
    @TempDir
    Path temp;

    Path folder;

    @BeforeEach
    void makeTheFiles() throws IOException {
        folder = Files.createDirectories(temp.resolve("library"));
        Path text = new GeneratedPdf()
                .page("The lighthouse keeper logged the storm on Tuesday night.")
                .write(temp.resolve("original.pdf"));
        Path scan = temp.resolve("scan.pdf");
        ScannedCopy.write(text, scan, 200, Set.of(), 1, 0, 0);
        Files.write(
                folder.resolve("papers.zip"),
                zip("letters/scan.pdf", Files.readAllBytes(scan), "readme.txt", "Plain notes about the tide tables."));

        Path photo = temp.resolve("page.png");
        ImageIO.write(
                ScannedCopy.render(
                        new GeneratedPdf()
                                .page("A photographed recipe: knead the sourdough for twelve minutes.")
                                .write(temp.resolve("recipe.pdf")),
                        1,
                        150),
                "png",
                photo.toFile());
        String eml = """
                From: Marta Lopes <marta@example.org>
                To: Ana Ribeiro <ana@example.org>
                Date: Tue, 12 Mar 2024 09:30:00 +0000
                Subject: The recipe
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: text/plain; charset=UTF-8

                Here is the photo of the page from the ferry cookbook.
                --outer
                Content-Type: image/png; name="page.png"
                Content-Disposition: attachment; filename="page.png"
                Content-Transfer-Encoding: base64

                %s
                --outer--
                """.replace(
                        "%s",
                        Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(Files.readAllBytes(photo)));
        Files.writeString(folder.resolve("recipe.eml"), eml.replace("\n", "\r\n"));
        Files.writeString(folder.resolve("notes.txt"), "Plain notes about the ferry timetable.");
    }

    @Test
    void should_read_scans_in_archives_and_attachments_after_the_text_with_progress_and_the_scan_flag() {
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        temp.resolve("index"), SharedEmbedder.get().name());
                IsolatedDocumentParser parser = parser(OcrSettings.fromSystemProperties())) {
            AtomicReference<List<RankedPassage>> whileReading = new AtomicReference<>();
            AtomicInteger pagesSeen = new AtomicInteger();
            List<String> written = new CopyOnWriteArrayList<>();
            IndexListener listener = new IndexListener() {
                @Override
                public void onProgress(IndexProgress progress) {
                    pagesSeen.accumulateAndGet(progress.scanPagesRead(), Math::max);
                    if (progress.scanPagesRead() > 0 && whileReading.get() == null) {
                        whileReading.set(
                                store.keywordSearch(KeywordQueries.of("tide tables notes"), PassageFilter.NONE, 3));
                    }
                }

                @Override
                public void onFile(FileRecord record) {
                    written.add(Path.of(record.path()).getFileName() + " " + record.kind());
                }
            };
            new Indexer(store, parser, SharedEmbedder.get()).index(List.of(folder), listener, CancelToken.none());

            // First the text (the zip's text member, the message's body) with the scans to come...
            assertThat(written.subList(0, 3))
                    .containsExactlyInAnyOrder("notes.txt NONE", "papers.zip SCANNED", "recipe.eml SCANNED");
            // ...then the same files again, their scans read.
            assertThat(written.subList(3, written.size()))
                    .containsExactlyInAnyOrder("papers.zip NONE", "recipe.eml NONE");
            assertThat(whileReading.get())
                    .as("the zip's text member is searchable while its scan is read")
                    .extracting(h -> h.passage().part())
                    .contains("readme.txt");
            assertThat(pagesSeen.get())
                    .as("scanned pages counted in the progress")
                    .isEqualTo(2);

            StoredPassage storm = top(store, "lighthouse keeper storm");
            assertThat(storm.path()).isEqualTo(folder.resolve("papers.zip").toString());
            assertThat(storm.part()).isEqualTo("letters/scan.pdf");
            assertThat(storm.page()).isEqualTo(1);
            assertThat(storm.scanned()).as("read from a scan").isTrue();
            StoredPassage sourdough = top(store, "knead sourdough twelve minutes");
            assertThat(sourdough.path()).isEqualTo(folder.resolve("recipe.eml").toString());
            assertThat(sourdough.part()).isEqualTo("The recipe › page.png");
            assertThat(sourdough.scanned()).isTrue();
            assertThat(store.passagesOf(folder.resolve("recipe.eml").toString()))
                    .filteredOn(p -> p.part().equals("The recipe"))
                    .isNotEmpty()
                    .noneMatch(StoredPassage::scanned);
            assertThat(store.passagesOf(folder.resolve("papers.zip").toString()))
                    .filteredOn(p -> p.part().equals("readme.txt"))
                    .isNotEmpty()
                    .noneMatch(StoredPassage::scanned);
        }
    }

    @Test
    void should_name_the_scan_inside_without_tesseract_and_read_it_once_tesseract_is_there() {
        Path index = temp.resolve("index");
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        index, SharedEmbedder.get().name());
                IsolatedDocumentParser parser = parser(OcrSettings.fromSystemProperties()
                        .withSearchPath(temp.resolve("bin").toString()))) {
            new Indexer(store, parser, SharedEmbedder.get())
                    .index(List.of(folder), IndexListener.NONE, CancelToken.none());

            FileRecord zip = store.files().get(folder.resolve("papers.zip").toString());
            assertThat(zip.status()).as("its text member is indexed").isEqualTo(FileStatus.INDEXED);
            assertThat(zip.kind()).isEqualTo(ReasonKind.SCANNED);
            assertThat(ReasonWords.english(zip.reason()))
                    .startsWith("scanned: install tesseract-ocr to read it")
                    .endsWith("(letters/scan.pdf)");
            FileRecord mail = store.files().get(folder.resolve("recipe.eml").toString());
            assertThat(mail.kind()).isEqualTo(ReasonKind.SCANNED);
            assertThat(ReasonWords.english(mail.reason())).startsWith("scanned: an image; install tesseract-ocr");
        }
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        index, SharedEmbedder.get().name());
                IsolatedDocumentParser parser = parser(OcrSettings.fromSystemProperties())) {
            IndexReport report = new Indexer(store, parser, SharedEmbedder.get())
                    .index(List.of(folder), IndexListener.NONE, CancelToken.none());

            assertThat(report.readAgain()).as("the unchanged zip and message").isEqualTo(2);
            assertThat(store.files()
                            .get(folder.resolve("papers.zip").toString())
                            .kind())
                    .isEqualTo(ReasonKind.NONE);
            assertThat(top(store, "lighthouse keeper storm").part()).isEqualTo("letters/scan.pdf");
            assertThat(top(store, "knead sourdough twelve minutes").part()).isEqualTo("The recipe › page.png");
        }
    }

    private IsolatedDocumentParser parser(OcrSettings ocr) {
        return new IsolatedDocumentParser(
                ParseLimits.DEFAULT, WorkerSettings.DEFAULT, ocr.withCache(temp.resolve("ocr-cache")));
    }

    private static StoredPassage top(LucenePassageStore store, String query) {
        List<RankedPassage> hits = store.keywordSearch(KeywordQueries.of(query), PassageFilter.NONE, 3);
        assertThat(hits).as(query).isNotEmpty();
        return hits.getFirst().passage();
    }

    /** A zip of name, content pairs (content a String or bytes). */
    private static byte[] zip(Object... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) entries[i]));
                zip.write(
                        entries[i + 1] instanceof String s
                                ? s.getBytes(StandardCharsets.UTF_8)
                                : (byte[]) entries[i + 1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.farol.core.ingest.ReasonKind;
import app.farol.core.ingest.isolated.IsolatedDocumentParser;
import app.farol.core.retrieval.KeywordQueries;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.PassageFilter;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.ReasonWords;
import app.farol.testing.SharedEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared corpus: 560 real documents in 48 formats, encrypted, corrupt and scanned ones among them. */
/** About 5 minutes on a quiet 2-core machine (20,000 passages to embed); also tagged "corpus" so CI may run it apart. */
@Tag("slow")
@Tag("corpus")
class RealCorpusTest {
    private static final Path CORPUS =
            Path.of("../shared/corpus").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void should_index_every_file_of_the_real_corpus_or_give_a_specific_reason() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not here");
        IndexReport report;
        Map<String, FileRecord> files;
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        temp.resolve("index"), SharedEmbedder.get().name());
                IsolatedDocumentParser parser = new IsolatedDocumentParser()) {
            report = new Indexer(store, parser, SharedEmbedder.get())
                    .index(List.of(CORPUS), IndexListener.NONE, CancelToken.none());
            files = store.files();
            assertThat(store.keywordSearch(
                            KeywordQueries.of("Constituição da República Federativa do Brasil"), PassageFilter.NONE, 5))
                    .isNotEmpty();
            // What the scanned PDF and the photo say, read with OCR.
            assertThat(store.keywordSearch(KeywordQueries.of("Happy New Year 2003"), PassageFilter.NONE, 3))
                    .extracting(h -> Path.of(h.passage().path()).getFileName().toString())
                    .contains("testOCR.pdf");
            assertThat(store.keywordSearch(KeywordQueries.of("Apache Tika OCR Testing"), PassageFilter.NONE, 3))
                    .extracting(h -> Path.of(h.passage().path()).getFileName().toString())
                    .contains("testOCR.jpg");
        }
        Map<String, Long> byKind = new TreeMap<>(files.values().stream()
                .filter(r -> r.status() != FileStatus.INDEXED || !r.reason().isEmpty())
                .collect(Collectors.groupingBy(
                        r -> r.status().name().toLowerCase(Locale.ROOT) + ": "
                                + r.kind().label(),
                        Collectors.counting())));
        byKind.put(
                "indexed in full",
                files.values().stream()
                        .filter(r ->
                                r.status() == FileStatus.INDEXED && r.reason().isEmpty())
                        .count());
        System.out.printf(
                Locale.ROOT,
                "corpus: %d files, %d chunks in %.0f s; by outcome: %s%n",
                files.size(),
                report.chunks(),
                report.seconds(),
                byKind);
        files.values().stream()
                .filter(r -> r.status() != FileStatus.INDEXED || r.kind().name().startsWith("SCAN"))
                .forEach(r -> System.out.printf(
                        Locale.ROOT,
                        "  %s %s: %s%n",
                        r.status(),
                        CORPUS.relativize(Path.of(r.path())),
                        ReasonWords.english(r.reason())));

        assertThat(report.scanProblems()).isEmpty();
        assertThat(files).hasSizeGreaterThanOrEqualTo(560);
        assertThat(files.values()).allSatisfy(r -> {
            if (r.status() == FileStatus.INDEXED) {
                assertThat(r.chunks()).as(r.path()).isPositive();
            } else {
                assertThat(r.kind())
                        .as(r.path() + ": " + ReasonWords.english(r.reason()))
                        .isNotEqualTo(ReasonKind.OTHER);
            }
        });
        assertThat(kind(files, "tika/pdf/testPassword4Spaces.pdf")).isEqualTo(ReasonKind.ENCRYPTED);
        assertThat(kind(files, "tika/pdf/testPDF_no_extract_no_accessibility_owner_user.pdf"))
                .isEqualTo(ReasonKind.ENCRYPTED);
        assertThat(kind(files, "tika/docx/testWORD_protected_passtika.docx")).isEqualTo(ReasonKind.ENCRYPTED);
        assertThat(kind(files, "tika/odt/testODTEncrypted.odt")).isEqualTo(ReasonKind.ENCRYPTED);
        assertThat(kind(files, "tika/docx/testWORD_truncated.docx")).isEqualTo(ReasonKind.CORRUPT);
        // Scans are read with OCR: the scanned PDF and the photo of a page are searchable, and no
        // PDF is left as "no text layer" (that is now only a PDF whose pages cannot be rendered).
        assertThat(record(files, "tika/pdf/testOCR.pdf").status()).isEqualTo(FileStatus.INDEXED);
        assertThat(record(files, "tika/jpg/testOCR.jpg").status()).isEqualTo(FileStatus.INDEXED);
        assertThat(files.values())
                .filteredOn(r -> r.kind() == ReasonKind.NO_TEXT_LAYER)
                .as("files left as no text layer")
                .isEmpty();
        FileRecord halfEncrypted = record(files, "tika/zip/testZipEncrypted.zip");
        assertThat(halfEncrypted.status())
                .as("its unencrypted member is indexed")
                .isEqualTo(FileStatus.INDEXED);
        assertThat(halfEncrypted.kind())
                .as(ReasonWords.english(halfEncrypted.reason()))
                .isEqualTo(ReasonKind.ENCRYPTED);
        assertThat(kind(files, "tika/7z/test7Z_protected_passTika.7z")).isEqualTo(ReasonKind.ENCRYPTED);
        assertThat(kind(files, "tika/zip/droste.zip")).isEqualTo(ReasonKind.TOO_LARGE);
        assertThat(record(files, "tika/7z/test-documents.7z").chunks()).isPositive();
        assertThat(record(files, "tika/mbox/complex.mbox").status()).isEqualTo(FileStatus.INDEXED);
        assertThat(record(files, "tika/msg/testMSG.msg").status()).isEqualTo(FileStatus.INDEXED);
        assertThat(record(files, "tika/one/testOneNote.one").status()).isEqualTo(FileStatus.INDEXED);
        assertThat(record(files, "tika/sxc/testStarOffice-6.0-calc.sxc").status())
                .isEqualTo(FileStatus.INDEXED);
        assertThat(kind(files, "tika/pages/testPages2013.pages")).isEqualTo(ReasonKind.UNSUPPORTED);
        assertThat(ReasonWords.english(
                        record(files, "tika/pages/testPages2013.pages").reason()))
                .contains("Apple Pages", "export it");
        assertThat(record(files, "tika/pdf/testPDF_protected.pdf").status())
                .as("a PDF with only an owner password opens without one")
                .isEqualTo(FileStatus.INDEXED);
    }

    private static FileRecord record(Map<String, FileRecord> files, String relative) {
        FileRecord r = files.get(CORPUS.resolve(relative).toString());
        assertThat(r).as(relative).isNotNull();
        return r;
    }

    private static ReasonKind kind(Map<String, FileRecord> files, String relative) {
        FileRecord r = record(files, relative);
        assertThat(r.status()).as(relative).isNotEqualTo(FileStatus.INDEXED);
        return r.kind();
    }
}

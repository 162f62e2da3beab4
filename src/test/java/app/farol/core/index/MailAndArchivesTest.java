package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.ingest.isolated.IsolatedDocumentParser;
import app.farol.core.ingest.isolated.WorkerSettings;
import app.farol.core.library.PassageContext;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.KeywordQueries;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.PassageFilter;
import app.farol.core.store.StoredPassage;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.EncryptedZip;
import app.farol.testing.GeneratedPdf;
import app.farol.testing.HostileFiles;
import app.farol.testing.ReasonWords;
import app.farol.testing.SampleDocs;
import app.farol.testing.SharedEmbedder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mail and archives through the parse workers (real Tika), the real index on disk and MiniLM:
 * each message, attachment and archive member is a document of its own, named within its file.
 */
class MailAndArchivesTest {
    private static final String DOCX = "choir-committee-minutes-2024-03-14.docx";
    private static IsolatedDocumentParser parser;

    @TempDir
    Path temp;

    @BeforeAll
    static void startWorkers() {
        parser = new IsolatedDocumentParser(ParseLimits.DEFAULT, WorkerSettings.DEFAULT);
    }

    @AfterAll
    static void stopWorkers() {
        parser.close();
    }

    @Test
    void should_index_a_message_with_an_html_body_and_a_pdf_attachment_as_two_documents() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        byte[] pdf = Files.readAllBytes(new GeneratedPdf()
                .page(
                        "Invoice 2291 for mooring the sailing boat Gaivota.",
                        "Mooring fee for March: 180 euros, due at the harbour office.")
                .write(temp.resolve("invoice.pdf")));
        String eml = """
                From: Marta Lopes <marta@example.org>
                To: Ana Ribeiro <ana@example.org>
                Date: Tue, 12 Mar 2024 09:30:00 +0000
                Subject: Harbour fees for the spring
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: text/html; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                <html><body><p>Dear Ana,</p><p>The caf=C3=A9 by the lighthouse now sells the =
                tide tables; the harbour master asks us to renew the mooring permit before April.</p></body></html>
                --outer
                Content-Type: application/pdf; name="invoice.pdf"
                Content-Disposition: attachment; filename="invoice.pdf"
                Content-Transfer-Encoding: base64

                %s
                --outer--
                """.replace(
                        "%s",
                        Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(pdf));
        Files.writeString(docs.resolve("harbour.eml"), eml.replace("\n", "\r\n"));

        try (LucenePassageStore store = index(docs)) {
            FileRecord record = store.files().get(docs.resolve("harbour.eml").toString());
            assertThat(record.status()).as(ReasonWords.english(record.reason())).isEqualTo(FileStatus.INDEXED);
            assertThat(record.reason()).isEqualTo(Reason.NONE);
            List<StoredPassage> passages = store.passagesOf(record.path());
            assertThat(passages)
                    .extracting(StoredPassage::part)
                    .containsOnly("Harbour fees for the spring", "Harbour fees for the spring › invoice.pdf");
            String message = text(passages, "Harbour fees for the spring");
            assertThat(message)
                    .contains(
                            "From: Marta Lopes <marta@example.org>",
                            "To: Ana Ribeiro <ana@example.org>",
                            "Date: 2024-03-12 09:30 UTC",
                            "Subject: Harbour fees for the spring",
                            "café by the lighthouse now sells the tide tables")
                    .doesNotContain("<p>", "=C3=A9", "base64");
            assertThat(text(passages, "Harbour fees for the spring › invoice.pdf"))
                    .contains("Mooring fee for March: 180 euros");
            assertThat(passages)
                    .filteredOn(p -> p.part().endsWith("invoice.pdf"))
                    .allMatch(p -> p.type().equals("pdf") && p.page() == 1);

            HybridRetriever retriever = new HybridRetriever(store, SharedEmbedder.get());
            SearchHit fee = retriever
                    .search(SearchRequest.of("how much is the mooring fee for March", 1))
                    .getFirst();
            assertThat(fee.fileName()).isEqualTo("harbour.eml › Harbour fees for the spring › invoice.pdf");
            assertThat(fee.page()).isEqualTo(1);
            SearchHit permit = retriever
                    .search(SearchRequest.of("renew the mooring permit before April", 1))
                    .getFirst();
            assertThat(permit.fileName()).isEqualTo("harbour.eml › Harbour fees for the spring");
        }
    }

    @Test
    void should_index_each_message_of_a_mailbox_as_its_own_document_with_its_subject() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        String[][] messages = {
            {"Choir rehearsal moved to Thursday", "The choir rehearsal moves to Thursday at seven in the parish hall."},
            {
                "Vegetable garden watering rota",
                "Pedro waters the tomatoes on Mondays; Luisa takes the lettuce on Fridays."
            },
            {"Bicycle chain replacement", "The bicycle shop replaced the chain and the rear brake pads for 42 euros."},
        };
        StringBuilder mbox = new StringBuilder();
        for (int i = 0; i < messages.length; i++) {
            mbox.append("From sender")
                    .append(i)
                    .append("@example.org Mon Mar 11 10:0")
                    .append(i)
                    .append(":00 2024\n")
                    .append("From: Sender ")
                    .append(i)
                    .append(" <sender")
                    .append(i)
                    .append("@example.org>\n")
                    .append("To: club@example.org\n")
                    .append("Subject: ")
                    .append(messages[i][0])
                    .append('\n')
                    .append("Date: Mon, 11 Mar 2024 10:0")
                    .append(i)
                    .append(":00 +0000\n")
                    .append("Content-Type: text/plain; charset=UTF-8\n\n")
                    .append(messages[i][1])
                    .append("\n\n");
        }
        Files.writeString(docs.resolve("club.mbox"), mbox);

        try (LucenePassageStore store = index(docs)) {
            FileRecord record = store.files().get(docs.resolve("club.mbox").toString());
            assertThat(record.status()).as(ReasonWords.english(record.reason())).isEqualTo(FileStatus.INDEXED);
            assertThat(store.passagesOf(record.path()))
                    .extracting(StoredPassage::part)
                    .containsOnly(messages[0][0], messages[1][0], messages[2][0]);
            HybridRetriever retriever = new HybridRetriever(store, SharedEmbedder.get());
            for (String[] m : messages) {
                SearchHit hit = retriever.search(SearchRequest.of(m[1], 1)).getFirst();
                assertThat(hit.fileName()).isEqualTo("club.mbox › " + m[0]);
                assertThat(hit.title()).isEqualTo(m[0]);
                PassageContext context =
                        PassageContext.around(store, record.path(), hit.startOffset(), hit.endOffset());
                assertThat(context.text())
                        .as("the sources view shows this message only")
                        .contains(m[1]);
                for (String[] other : messages) {
                    if (other != m) {
                        assertThat(context.text()).doesNotContain(other[1]);
                    }
                }
            }
        }
    }

    @Test
    void should_index_the_members_of_a_zip_and_of_a_zip_inside_it_and_replace_them_with_the_archive() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        byte[] nested = zip(
                new Object[][] {{"notes/tide-table.txt", "High tide at the lighthouse pier is at 06:40 and 19:05."}});
        Path archive = docs.resolve("papers.zip");
        Files.write(archive, zip(new Object[][] {
            {"minutes/" + DOCX, Files.readAllBytes(SampleDocs.FOLDER.resolve(DOCX))},
            {"old/nested.zip", nested},
            {"photo.bin", new byte[] {1, 2, 3, 4, 5, 6, 7, 0, 0, 1}}
        }));

        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                temp.resolve("index"), SharedEmbedder.get().name())) {
            Indexer indexer = new Indexer(store, parser, SharedEmbedder.get());
            indexer.index(List.of(docs), IndexListener.NONE, CancelToken.none());
            FileRecord record = store.files().get(archive.toString());
            assertThat(record.status()).as(ReasonWords.english(record.reason())).isEqualTo(FileStatus.INDEXED);
            assertThat(store.passagesOf(record.path()))
                    .extracting(StoredPassage::part)
                    .containsOnly("minutes/" + DOCX, "old/nested.zip › notes/tide-table.txt");
            assertThat(store.passagesOf(record.path()))
                    .filteredOn(p -> p.part().endsWith(".docx"))
                    .allMatch(p -> p.type().equals("docx"));
            HybridRetriever retriever = new HybridRetriever(store, SharedEmbedder.get());
            assertThat(retriever
                            .search(SearchRequest.of("when is high tide at the lighthouse pier", 1))
                            .getFirst()
                            .fileName())
                    .isEqualTo("papers.zip › old/nested.zip › notes/tide-table.txt");

            // The archive changes: the nested zip is gone, a new note came in. Its members go with it, nothing else.
            Files.writeString(docs.resolve("keep.txt"), "The spare key is under the blue flower pot.");
            indexer.index(List.of(docs), IndexListener.NONE, CancelToken.none());
            Files.write(archive, zip(new Object[][] {
                {"minutes/" + DOCX, Files.readAllBytes(SampleDocs.FOLDER.resolve(DOCX))},
                {"new/boat.txt", "The boat's engine was serviced in February."}
            }));
            Files.setLastModifiedTime(
                    archive, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
            indexer.index(List.of(docs), IndexListener.NONE, CancelToken.none());
            assertThat(store.passagesOf(archive.toString()))
                    .extracting(StoredPassage::part)
                    .containsOnly("minutes/" + DOCX, "new/boat.txt");
            assertThat(store.keywordSearch(KeywordQueries.of("high tide lighthouse pier"), PassageFilter.NONE, 5))
                    .isEmpty();
            assertThat(store.files()).hasSize(2);
            assertThat(store.passagesOf(docs.resolve("keep.txt").toString())).isNotEmpty();
        }
    }

    @Test
    void should_index_the_members_of_a_7z_archive() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        try (SevenZOutputFile z = new SevenZOutputFile(docs.resolve("garden.7z").toFile())) {
            SevenZArchiveEntry entry = z.createArchiveEntry(temp.toFile(), "plans/seeds.txt");
            entry.setDirectory(false);
            z.putArchiveEntry(entry);
            z.write("Sow the basil seeds in April, after the last frost.".getBytes(StandardCharsets.UTF_8));
            z.closeArchiveEntry();
        }
        try (LucenePassageStore store = index(docs)) {
            FileRecord record = store.files().get(docs.resolve("garden.7z").toString());
            assertThat(record.status()).as(ReasonWords.english(record.reason())).isEqualTo(FileStatus.INDEXED);
            SearchHit hit = new HybridRetriever(store, SharedEmbedder.get())
                    .search(SearchRequest.of("when to sow basil", 1))
                    .getFirst();
            assertThat(hit.fileName()).isEqualTo("garden.7z › plans/seeds.txt");
        }
    }

    @Test
    void should_refuse_a_zip_bomb_inside_a_zip_and_index_the_rest() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Path bomb = HostileFiles.zipBombDocx(temp.resolve("bomb.docx"), 300);
        Files.write(docs.resolve("downloads.zip"), zip(new Object[][] {
            {"readme.txt", "The ferry to the island leaves at nine from pier four."},
            {"inner/bomb.zip", Files.readAllBytes(bomb)}
        }));

        try (LucenePassageStore store = index(docs)) {
            FileRecord record = store.files().get(docs.resolve("downloads.zip").toString());
            System.out.println("zip bomb in a zip: " + record.status() + ", " + ReasonWords.english(record.reason()));
            assertThat(record.status()).isEqualTo(FileStatus.INDEXED);
            assertThat(ReasonWords.english(record.reason()))
                    .startsWith("rejected: it expands to far more data than its size (a zip bomb?)")
                    .contains("inner/bomb.zip");
            assertThat(record.kind()).isEqualTo(ReasonKind.TOO_LARGE);
            assertThat(store.passagesOf(record.path()))
                    .extracting(StoredPassage::part)
                    .containsOnly("readme.txt");
        }
    }

    @Test
    void should_report_an_encrypted_archive_as_encrypted() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        EncryptedZip.write(docs.resolve("safe.zip"), "codes.txt", "The safe code is 4711.", "s3cret");
        try (LucenePassageStore store = index(docs)) {
            FileRecord record = store.files().get(docs.resolve("safe.zip").toString());
            assertThat(record.status()).isEqualTo(FileStatus.FAILED);
            assertThat(record.kind()).as(ReasonWords.english(record.reason())).isEqualTo(ReasonKind.ENCRYPTED);
        }
        Path corpus = Path.of("../shared/corpus/tika/7z");
        for (String name : List.of("full_encrypted.7z", "test7Z_protected_passTika.7z")) {
            if (Files.isRegularFile(corpus.resolve(name))) {
                ParseOutcome outcome = parser.parse(corpus.resolve(name).toAbsolutePath());
                assertThat(outcome).as(name).isInstanceOf(ParseOutcome.Failed.class);
                assertThat(((ParseOutcome.Failed) outcome).kind())
                        .as(name + ": " + outcome)
                        .isEqualTo(ReasonKind.ENCRYPTED);
            }
        }
    }

    private LucenePassageStore index(Path docs) {
        LucenePassageStore store = LucenePassageStore.openForWriting(
                temp.resolve("index"), SharedEmbedder.get().name());
        new Indexer(store, parser, SharedEmbedder.get()).index(List.of(docs), IndexListener.NONE, CancelToken.none());
        return store;
    }

    private static String text(List<StoredPassage> passages, String part) {
        return String.join(
                "\n",
                passages.stream()
                        .filter(p -> p.part().equals(part))
                        .map(StoredPassage::text)
                        .toList());
    }

    /** A zip of {name, String or byte[]} entries. */
    private static byte[] zip(Object[][] entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Object[] e : entries) {
                zip.putNextEntry(new ZipEntry((String) e[0]));
                OutputStream out = zip;
                out.write(e[1] instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) e[1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

package app.farol.ui;

import static app.farol.ui.UiTestSupport.await;
import static app.farol.ui.UiTestSupport.find;
import static app.farol.ui.UiTestSupport.onEdt;
import static org.assertj.core.api.Assertions.assertThat;

import app.farol.bench.ScannedCopy;
import app.farol.core.index.IndexListener;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.isolated.IsolatedDocumentParser;
import app.farol.core.ingest.isolated.WorkerSettings;
import app.farol.core.library.LibraryService;
import app.farol.core.ocr.OcrSettings;
import app.farol.core.settings.Settings;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.GeneratedPdf;
import app.farol.testing.SharedEmbedder;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import app.farol.ui.common.UiTheme;
import app.farol.ui.library.LibraryPanel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.Timer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Library lists each file with scanned pages and how its OCR went, on a real three-page
 * scanned PDF, with the real parse workers, Tesseract and index, in a real window, in English
 * and in Portuguese: first recorded without Tesseract ("install tesseract-ocr"), then, once it
 * is there, the page being read ("Reading page 2 of 3…") while OCR runs, and at the end the
 * pages read, not read and read with low confidence.
 */
@Tag("ui")
@Tag("slow")
class LibraryScansUiTest {
    private static final Duration RUN = Duration.ofMinutes(3);

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void should_show_the_pages_read_per_scanned_file_and_the_page_being_read(String language, @TempDir Path temp)
            throws Exception {
        Texts.use(language);
        onEdt(() -> UiTheme.setup(Settings.Theme.LIGHT));
        Path folder = Files.createDirectories(temp.resolve("library"));
        Path text = new GeneratedPdf()
                .page("The lighthouse keeper logged the storm on Tuesday night.")
                .page("Quarterly inventory of brass lanterns: seventeen in the cellar.")
                .page("The harbour committee approved a budget for the breakwater.")
                .write(temp.resolve("original.pdf"));
        ScannedCopy.write(text, folder.resolve("scanned.pdf"), 200, Set.of(), 1, 0, 0);
        Files.writeString(folder.resolve("notes.txt"), "Plain notes about the ferry timetable.");
        OcrSettings ocr = OcrSettings.fromSystemProperties().withCache(temp.resolve("ocr-cache"));

        BackgroundExecutor executor = new BackgroundExecutor("test", 2);
        JFrame[] frame = new JFrame[1];
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                temp.resolve("index"), SharedEmbedder.get().name())) {
            try (IsolatedDocumentParser without =
                    parser(ocr.withSearchPath(temp.resolve("bin").toString()))) {
                new Indexer(store, without, SharedEmbedder.get())
                        .index(List.of(folder), IndexListener.NONE, CancelToken.none());
            }
            try (IsolatedDocumentParser parser = parser(ocr);
                    LibraryService library = new LibraryService(
                            store, new Indexer(store, parser, SharedEmbedder.get()), List.of(folder))) {
                LibraryPanel panel = onEdt(() -> {
                    LibraryPanel p = new LibraryPanel(executor);
                    p.attach(library);
                    frame[0] = new JFrame("Library");
                    frame[0].setContentPane(p);
                    frame[0].setSize(1200, 900);
                    frame[0].setVisible(true);
                    return p;
                });
                JTable scans = onEdt(() -> find(panel, "library.scans"));
                await(
                        "the scan listed as waiting for Tesseract",
                        RUN,
                        () -> scans.getRowCount() == 1
                                && scans.getValueAt(0, 4).equals(Texts.get("library.scan.install")));
                assertThat(onEdt(() -> scans.getValueAt(0, 0))).isEqualTo("scanned.pdf");
                assertThat(onEdt(() -> ((JLabel) find(panel, "library.scansTitle")).getText()))
                        .isEqualTo(Texts.format("library.scans", 1));

                // Once Tesseract is there: the status cell says which page is read, as OCR goes on.
                Set<String> seen = ConcurrentHashMap.newKeySet();
                Timer watch = onEdt(() -> {
                    Timer t = new Timer(20, e -> {
                        if (scans.getRowCount() == 1) {
                            seen.add(String.valueOf(scans.getValueAt(0, 4)));
                        }
                    });
                    t.start();
                    return t;
                });
                library.rescan();
                await(
                        "the run to end",
                        RUN,
                        () -> !library.state().running()
                                && library.state().lastReport() != null
                                && scans.getRowCount() == 1
                                && scans.getValueAt(0, 4).equals(Texts.get("library.scan.read")));
                onEdt(watch::stop);

                assertThat(seen)
                        .as("statuses shown while the scan was read")
                        .contains(Texts.format("library.scan.reading", 2, 3));
                assertThat(onEdt(() -> List.of(
                                scans.getValueAt(0, 0),
                                scans.getValueAt(0, 1),
                                scans.getValueAt(0, 2),
                                scans.getValueAt(0, 3))))
                        .containsExactly("scanned.pdf", Texts.format("library.scan.pages", 3, 3), "0", "0");
                assertThat(onEdt(() -> ViewChecks.clipped(panel)))
                        .as("texts cut")
                        .isEmpty();
                if (language.equals("pt")) {
                    assertThat(onEdt(() ->
                                    ViewChecks.untranslated(panel, bundle(Locale.ENGLISH), bundle(Locale.of("pt")))))
                            .as("English texts in the window")
                            .isEmpty();
                }
                UiTestSupport.screenshot(frame[0], "library-scans-" + language);
                onEdt(panel::detach);
            }
        } finally {
            onEdt(() -> {
                if (frame[0] != null) {
                    frame[0].dispose();
                }
            });
            executor.shutdown();
            Texts.use("en");
        }
    }

    private static IsolatedDocumentParser parser(OcrSettings ocr) {
        return new IsolatedDocumentParser(ParseLimits.DEFAULT, WorkerSettings.DEFAULT, ocr);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "app.farol.ui.texts",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

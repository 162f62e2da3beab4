package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.bench.ScannedCopy;
import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.ScanPages;
import app.farol.core.ingest.isolated.IsolatedDocumentParser;
import app.farol.core.ingest.isolated.WorkerSettings;
import app.farol.core.ocr.OcrSettings;
import app.farol.core.settings.Settings;
import app.farol.core.settings.SettingsStore;
import app.farol.core.store.FileRecord;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.testing.GeneratedPdf;
import app.farol.testing.SharedEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The languages scans are read in are the user's: saved in the settings, handed to the parse
 * workers, kept in each file's record with its pages' counts; a change reads the scans again
 * (the page cache's key holds the languages, so the pages are read anew). Real Tesseract (with
 * English and Portuguese), real workers, a real index.
 */
@Tag("slow")
class OcrLanguagesTest {
    @TempDir
    Path temp;

    @Test
    void should_keep_the_chosen_languages_in_the_settings_with_english_and_portuguese_by_default() throws IOException {
        SettingsStore store = new SettingsStore(temp.resolve("settings.json"));
        Settings first = Settings.defaults(temp);
        assertThat(first.ocrLanguages()).containsExactly("eng", "por");
        store.save(first.withOcrLanguages(List.of("por")));
        assertThat(store.load().orElseThrow().ocrLanguages()).containsExactly("por");
        // A settings file written before the setting existed reads as the default.
        Files.writeString(temp.resolve("old.json"), "{\"version\":1,\"folders\":[],\"theme\":\"LIGHT\"}");
        assertThat(new SettingsStore(temp.resolve("old.json"))
                        .load()
                        .orElseThrow()
                        .ocrLanguages())
                .containsExactly("eng", "por");
    }

    @Test
    void should_read_the_scans_again_when_the_languages_change_and_not_otherwise() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("library"));
        Path text = new GeneratedPdf()
                .page("The lighthouse keeper logged the storm on Tuesday night.")
                .write(temp.resolve("original.pdf"));
        ScannedCopy.write(text, folder.resolve("scanned.pdf"), 200, Set.of(), 1, 0, 0);
        Files.writeString(folder.resolve("notes.txt"), "Plain notes about the ferry timetable.");
        Path index = temp.resolve("index");
        Path cache = temp.resolve("ocr-cache");

        assertThat(run(index, cache, List.of("eng")).readAgain()).isZero();
        ScanPages english = record(index, folder.resolve("scanned.pdf")).scan();
        assertThat(english).isEqualTo(new ScanPages(1, 1, 0, 0, "eng"));
        assertThat(cacheEntries(cache)).isEqualTo(1);

        IndexReport both = run(index, cache, List.of("eng", "por"));
        assertThat(both.readAgain()).as("the scan, read in English only before").isEqualTo(1);
        assertThat(record(index, folder.resolve("scanned.pdf")).scan().languages())
                .isEqualTo("eng+por");
        assertThat(cacheEntries(cache))
                .as("its page read anew in both languages")
                .isEqualTo(2);
        assertThat(record(index, folder.resolve("notes.txt")).scan()).isEqualTo(ScanPages.NONE);

        assertThat(run(index, cache, List.of("eng", "por")).readAgain())
                .as("the same languages: nothing to read")
                .isZero();
    }

    private static IndexReport run(Path index, Path cache, List<String> languages) {
        OcrSettings ocr =
                OcrSettings.fromSystemProperties().withLanguages(languages).withCache(cache);
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        index, SharedEmbedder.get().name());
                IsolatedDocumentParser parser =
                        new IsolatedDocumentParser(ParseLimits.DEFAULT, WorkerSettings.DEFAULT, ocr)) {
            return new Indexer(store, parser, SharedEmbedder.get())
                    .index(List.of(index.resolveSibling("library")), IndexListener.NONE, CancelToken.none());
        }
    }

    private static FileRecord record(Path index, Path file) {
        try (LucenePassageStore store =
                LucenePassageStore.openForWriting(index, SharedEmbedder.get().name())) {
            FileRecord r = store.files().get(file.toString());
            assertThat(r).as(file.toString()).isNotNull();
            return r;
        }
    }

    private static long cacheEntries(Path cache) throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(p -> p.toString().endsWith(".tsv")).count();
        }
    }
}
